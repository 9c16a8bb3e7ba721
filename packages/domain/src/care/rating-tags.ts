import type { RatingLevel } from './rating-level.js';

/**
 * Reasons offered as tags with a rating, after the evaluation items GB/T 39734-2020 frames (service
 * attitude, efficiency, the one-time notice, the number of trips, the process, the place). A good
 * level offers what went well, a bad one what went wrong. The stored tag is the Chinese text.
 */
export const RATING_TAGS = {
  good: [
    { zh: '服务热情', en: 'Friendly service' },
    { zh: '办事高效', en: 'Done quickly' },
    { zh: '一次告知清楚', en: 'Told everything at once' },
    { zh: '一次办好', en: 'Done in one visit' },
    { zh: '流程简便', en: 'Simple process' },
    { zh: '环境舒适', en: 'Comfortable hall' },
  ],
  bad: [
    { zh: '等候时间长', en: 'Long wait' },
    { zh: '服务态度差', en: 'Unfriendly service' },
    { zh: '告知不清楚', en: 'Not told clearly' },
    { zh: '多次跑动', en: 'Had to come several times' },
    { zh: '超时未办结', en: 'Not done in time' },
    { zh: '材料要求繁琐', en: 'Too many papers' },
  ],
} as const;

/** The tags offered with a level: what went well for 非常满意 … 基本满意, what went wrong for 差评. */
export function ratingTagsFor(level: RatingLevel): readonly { zh: string; en: string }[] {
  return level === 'dissatisfied' || level === 'very-dissatisfied' ? RATING_TAGS.bad : RATING_TAGS.good;
}
