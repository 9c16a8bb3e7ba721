import { minutesOf } from '@openhall/domain';
import type { DayHoursInput } from './types.js';

/**
 * Half of the staffed minutes of a working day: the longest one booking may take
 * ("单人次不超过0.5个工作日", Zibo). Lunch rotation does not lengthen anyone's day, so only the
 * published sessions count.
 */
export function halfWorkingDayMinutes(workday: DayHoursInput): number {
  const total = workday.sessions.reduce((sum, s) => sum + minutesOf(s.to) - minutesOf(s.from), 0);
  return Math.floor(total / 2);
}
