import type { LocalDate } from '../shared/primitives.js';
import type { LunarDateRef, SpecialPeriod } from '../tenant/opening-policy.js';
import { CalendarRangeError } from './calendar-range-error.js';
import { dateOfEpochDay } from './date-math.js';
import { lunarYear } from './lunar-calendar.js';
import { resolveLunarEpochDay } from './resolve-lunar-date.js';

/**
 * First and last day (since 1970-01-01) of a lunar period that starts in lunar year `year`, or
 * undefined when the tables lack a year it needs. An end before the start lies in the next lunar
 * year, so 除夕 → 正月初二 crosses the new year.
 */
export function specialPeriodEpochRange(
  period: { from: LunarDateRef; to: LunarDateRef },
  year: number,
): { from: number; to: number } | undefined {
  const ly = lunarYear(year);
  if (!ly) return undefined;
  const from = resolveLunarEpochDay(ly, period.from);
  const to = resolveLunarEpochDay(ly, period.to);
  if (to >= from) return { from, to };
  const next = lunarYear(year + 1);
  return next ? { from, to: resolveLunarEpochDay(next, period.to) } : undefined;
}

/**
 * The Gregorian dates of a special period starting in lunar year `year`.
 * @example specialPeriodRange({ from: { eve: true }, to: { month: 1, day: 2 } }, 2024) // 2025-01-28 to 2025-01-30
 */
export function specialPeriodRange(
  period: Pick<SpecialPeriod, 'from' | 'to'>,
  year: number,
): { from: LocalDate; to: LocalDate } {
  const range = specialPeriodEpochRange(period, year);
  if (!range) throw new CalendarRangeError(`no lunar tables for a period starting in the lunar year ${year}`);
  return { from: dateOfEpochDay(range.from), to: dateOfEpochDay(range.to) };
}
