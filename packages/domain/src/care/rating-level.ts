import { z } from 'zod';

/**
 * The five national levels of 好差评 (国办发〔2019〕51号), best first:
 * 非常满意, 满意, 基本满意, 不满意, 非常不满意.
 */
export const RatingLevelSchema = z
  .enum(['very-satisfied', 'satisfied', 'basically-satisfied', 'dissatisfied', 'very-dissatisfied'])
  .meta({ id: 'RatingLevel' });
export type RatingLevel = z.infer<typeof RatingLevelSchema>;

export const RATING_LEVELS = RatingLevelSchema.options;

/** The levels' names as the standard writes them, and in English. */
export const RATING_LEVEL_LABELS: Record<RatingLevel, { zh: string; en: string }> = {
  'very-satisfied': { zh: '非常满意', en: 'Very satisfied' },
  satisfied: { zh: '满意', en: 'Satisfied' },
  'basically-satisfied': { zh: '基本满意', en: 'Basically satisfied' },
  dissatisfied: { zh: '不满意', en: 'Dissatisfied' },
  'very-dissatisfied': { zh: '非常不满意', en: 'Very dissatisfied' },
};

/** 差评: the two lowest levels, each followed up by the department that handled the service. */
export function isBadRating(level: RatingLevel): boolean {
  return level === 'dissatisfied' || level === 'very-dissatisfied';
}
