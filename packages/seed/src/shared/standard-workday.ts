import type { DayHoursInput } from './types.js';

/**
 * Working-day hours used where a seed only says "normal hours" (按照作息时间正常上班) or nothing:
 * 09:00-12:00 and 13:30-17:30, a seven-hour day with a 90-minute lunch, the shape most district
 * halls publish. Admins replace it with their own published hours.
 */
export const standardWorkdaySessions: DayHoursInput['sessions'] = [
  { from: '09:00', to: '12:00' },
  { from: '13:30', to: '17:30' },
];
