import type { LocalDate } from '../shared/primitives.js';
import { CalendarRangeError } from './calendar-range-error.js';

// Dates are counted as whole days since 1970-01-01 in UTC arithmetic, so nothing here depends on
// the time zone of the process running it.
const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
export function epochDayOf(date: LocalDate): number {
  const m = DATE_RE.exec(date);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const ms = Date.UTC(y, mo - 1, d);
    const back = new Date(ms);
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) {
      return ms / DAY_MS;
    }
  }
  throw new CalendarRangeError(`"${date}" is not a date as YYYY-MM-DD`);
}

/** The `YYYY-MM-DD` date of a day count since 1970-01-01. */
export function dateOfEpochDay(day: number): LocalDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The date `n` days after `date` (before it when `n` is negative). */
export function addDays(date: LocalDate, n: number): LocalDate {
  return dateOfEpochDay(epochDayOf(date) + n);
}

/** Every date from `from` to `to`, both included; empty when `to` is before `from`. */
export function datesBetween(from: LocalDate, to: LocalDate): LocalDate[] {
  const start = epochDayOf(from);
  const end = epochDayOf(to);
  const dates: LocalDate[] = [];
  for (let d = start; d <= end; d++) dates.push(dateOfEpochDay(d));
  return dates;
}

/** Day of the week, 0 = Sunday to 6 = Saturday (as `Date#getDay`). */
export function dayOfWeek(date: LocalDate): number {
  // 1970-01-01 was a Thursday.
  return (((epochDayOf(date) + 4) % 7) + 7) % 7;
}

/** Saturday or Sunday. */
export function isWeekend(date: LocalDate): boolean {
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6;
}

/** Whole days from one date to another (negative when `to` is earlier). */
export function dayDistance(from: LocalDate, to: LocalDate): number {
  return epochDayOf(to) - epochDayOf(from);
}
