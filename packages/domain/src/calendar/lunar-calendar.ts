import { CalendarRangeError } from './calendar-range-error.js';
import { getYearLeapMonth, monthDays } from './chinese-days.js';
import { epochDayOf } from './date-math.js';

/** One month of a lunar year; `start` counts days since 1970-01-01. */
export interface LunarMonth {
  month: number;
  isLeap: boolean;
  start: number;
  days: number;
}

/** A lunar year (农历年) from 正月初一 (`start`) to the day after 除夕 (`end`, exclusive). */
export interface LunarYear {
  year: number;
  start: number;
  end: number;
  months: LunarMonth[];
}

// 正月初一 of lunar year 1900 fell on 1900-01-31: the origin of the package's month tables.
const ORIGIN_YEAR = 1900;
const ORIGIN_DAY = epochDayOf('1900-01-31');

let table: LunarYear[] | undefined;

function monthsOf(year: number, start: number): LunarMonth[] | undefined {
  const leap = getYearLeapMonth(year);
  const months: LunarMonth[] = [];
  let day = start;
  for (let month = 1; month <= 12; month++) {
    const days = monthDays(year, month);
    months.push({ month, isLeap: false, start: day, days });
    day += days;
    // 闰月: the leap month follows the ordinary month of the same number.
    if (leap.leapMonth === month) {
      months.push({ month, isLeap: true, start: day, days: leap.days });
      day += leap.days;
    }
  }
  // A real lunar year has 353 to 385 days. Past the end of its tables the package answers 29 for
  // every month (348 days), which is how the covered years are found without a hard-coded list.
  const length = day - start;
  return length >= 353 && length <= 385 ? months : undefined;
}

function lunarTable(): LunarYear[] {
  if (table) return table;
  const years: LunarYear[] = [];
  let start = ORIGIN_DAY;
  for (let year = ORIGIN_YEAR; ; year++) {
    const months = monthsOf(year, start);
    if (!months) break;
    const last = months[months.length - 1]!;
    const end = last.start + last.days;
    years.push({ year, start, end, months });
    start = end;
  }
  table = years;
  return years;
}

/** The lunar year numbered `year` (the Gregorian year of its 正月初一), if the tables cover it. */
export function lunarYear(year: number): LunarYear | undefined {
  return lunarTable()[year - ORIGIN_YEAR];
}

/** The lunar year holding a day (days since 1970-01-01), if the tables cover it. */
export function lunarYearOfEpochDay(day: number): LunarYear | undefined {
  const years = lunarTable();
  // A guess from the mean year length is off by at most one year either way.
  let i = Math.min(Math.max(Math.floor((day - ORIGIN_DAY) / 365.2422), 0), years.length - 1);
  while (i > 0 && day < years[i]!.start) i--;
  while (i < years.length - 1 && day >= years[i]!.end) i++;
  const ly = years[i];
  return ly && ly.start <= day && day < ly.end ? ly : undefined;
}

/**
 * Gregorian years the calendar answers for: every date has a lunar date, and the lunar years on
 * either side exist too (a period from 除夕 runs into the next lunar year).
 */
export function supportedYears(): { first: number; last: number } {
  const years = lunarTable();
  return { first: years[0]!.year + 1, last: years[years.length - 1]!.year - 1 };
}

export function assertSupportedYear(year: number): void {
  const { first, last } = supportedYears();
  if (year < first || year > last) {
    throw new CalendarRangeError(`the calendar covers the years ${first} to ${last}, not ${year}`);
  }
}
