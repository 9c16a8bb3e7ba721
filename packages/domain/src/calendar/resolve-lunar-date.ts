import type { LocalDate } from '../shared/primitives.js';
import type { LunarDateRef } from '../tenant/opening-policy.js';
import { CalendarRangeError } from './calendar-range-error.js';
import { dateOfEpochDay } from './date-math.js';
import { type LunarYear, lunarYear } from './lunar-calendar.js';

/** Days since 1970-01-01 of a lunar date in a lunar year the tables hold. */
export function resolveLunarEpochDay(ly: LunarYear, ref: LunarDateRef): number {
  if ('eve' in ref) return ly.end - 1;
  const m = ly.months.find((mo) => mo.month === ref.month && !mo.isLeap)!;
  // 三十 of a 29-day month means its last day, as people say 腊月三十 for 除夕 in any year.
  return m.start + Math.min(ref.day, m.days) - 1;
}

/**
 * The Gregorian date of a lunar date in lunar year `year` (numbered as the Gregorian year of its
 * 正月初一). `{ month, day }` names the ordinary month, never the leap month of the same number.
 * @example resolveLunarDate(2026, { month: 8, day: 15 }) // '2026-09-25', 中秋
 */
export function resolveLunarDate(year: number, ref: LunarDateRef): LocalDate {
  const ly = lunarYear(year);
  if (!ly) throw new CalendarRangeError(`no lunar tables for the lunar year ${year}`);
  return dateOfEpochDay(resolveLunarEpochDay(ly, ref));
}
