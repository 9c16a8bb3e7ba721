import type { LocalDate } from '../shared/primitives.js';
import { isWorkingDay } from '../tenant/day-kind.js';
import type { CalendarConfig } from './calendar-config.js';
import { CalendarRangeError } from './calendar-range-error.js';
import { addDays } from './date-math.js';
import { dayKindOf } from './day-kind-of.js';

// Longer than any run of days off the national calendar or a sane set of overrides can make.
const MAX_LOOKBACK_DAYS = 400;

/**
 * The last working day (工作日 or 调休补班) strictly before `date`, after the tenant's overrides;
 * with `hallId`, as that hall counts days. E.g. the last day to ask for a holiday booking in Zibo.
 * @example previousWorkingDay(config, '2026-10-01') // '2026-09-30'
 */
export function previousWorkingDay(config: CalendarConfig, date: LocalDate, hallId?: string): LocalDate {
  for (let n = 1; n <= MAX_LOOKBACK_DAYS; n++) {
    const day = addDays(date, -n);
    if (isWorkingDay(dayKindOf(config, day, hallId))) return day;
  }
  throw new CalendarRangeError(`no working day in the ${MAX_LOOKBACK_DAYS} days before ${date}`);
}
