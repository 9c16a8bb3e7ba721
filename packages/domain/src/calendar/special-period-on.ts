import type { LocalDate } from '../shared/primitives.js';
import type { SpecialPeriod } from '../tenant/opening-policy.js';
import { epochDayOf } from './date-math.js';
import { lunarYearOfEpochDay } from './lunar-calendar.js';
import { specialPeriodEpochRange } from './special-period-range.js';

/** The first of `periods` in force on a day (since 1970-01-01); the fast path for whole calendars. */
export function specialPeriodOnEpochDay(
  periods: readonly SpecialPeriod[],
  epochDay: number,
): SpecialPeriod | undefined {
  if (periods.length === 0) return undefined;
  const ly = lunarYearOfEpochDay(epochDay);
  if (!ly) return undefined;
  const inForce = (period: SpecialPeriod, year: number): boolean => {
    const range = specialPeriodEpochRange(period, year);
    return range !== undefined && range.from <= epochDay && epochDay <= range.to;
  };
  // A period in force today started in this lunar year or, crossing the new year, in the last.
  return periods.find((p) => inForce(p, ly.year) || inForce(p, ly.year - 1));
}

/** The first of a hall's special periods in force on `date`, if any. */
export function specialPeriodOn(
  periods: readonly SpecialPeriod[],
  date: LocalDate,
): SpecialPeriod | undefined {
  return specialPeriodOnEpochDay(periods, epochDayOf(date));
}
