import type { LocalDate } from '../shared/primitives.js';
import { CalendarRangeError } from './calendar-range-error.js';

// Dates are counted as whole days since 1970-01-01 in UTC arithmetic, so nothing here depends on
// the time zone of the process running it.
const DAY_MS = 86_400_000;
/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
export function epochDayOf(date: LocalDate): number {
  // Digit by digit rather than a RegExp and a Date: the slot lists ask this several times a day.
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const y = digitsOf(date, 0, 4);
    const mo = digitsOf(date, 5, 7);
    const d = digitsOf(date, 8, 10);
    // Years before 100 are refused as they always were (Date.UTC reads them as 19xx).
    if (y >= 100 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)) return daysFromCivil(y, mo, d);
  }
  throw new CalendarRangeError(`"${date}" is not a date as YYYY-MM-DD`);
}

/** The number written by the ASCII digits of `text` from `start` to `end`; -1 if any is not one. */
function digitsOf(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (year 100 or later). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The `YYYY-MM-DD` date of a day count since 1970-01-01. */
export function dateOfEpochDay(day: number): LocalDate {
  // Written by hand for whole days of years 0000 to 9999 (the slot lists ask it for every day they
  // list); anything else is left to Date, as it always was.
  if (Number.isInteger(day) && day >= FIRST_4_DIGIT_DAY && day <= LAST_4_DIGIT_DAY) {
    const { year, month, date } = civilOfDays(day);
    return `${year >= 1000 ? year : String(year).padStart(4, '0')}-${TWO_DIGITS[month]}-${TWO_DIGITS[date]}`;
  }
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `00` to `31`. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 32 }, (_, i) => String(i).padStart(2, '0'));

/** 0000-01-01 and 9999-12-31 as days since 1970-01-01. */
const FIRST_4_DIGIT_DAY = -719_528;
const LAST_4_DIGIT_DAY = 2_932_896;

/** The proleptic Gregorian year, month (1-12) and day of month of a day count since 1970-01-01. */
function civilOfDays(days: number): { year: number; month: number; date: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, date };
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
