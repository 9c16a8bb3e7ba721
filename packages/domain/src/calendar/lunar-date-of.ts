import type { LocalDate } from '../shared/primitives.js';
import { CalendarRangeError } from './calendar-range-error.js';
import { dateOfEpochDay, epochDayOf } from './date-math.js';
import { lunarYearOfEpochDay } from './lunar-calendar.js';

/** A date of the Chinese lunar calendar (农历). */
export interface LunarDate {
  /** Lunar year, numbered as the Gregorian year of its 正月初一. */
  year: number;
  month: number;
  day: number;
  /** 闰月: the leap month repeating `month`. */
  isLeap: boolean;
  /** 除夕: the last day of the lunar year (腊月廿九 or 三十). */
  isEve: boolean;
  /** e.g. 正月初一, 闰四月十五, 腊月廿九. */
  label: string;
}

const MONTH_NAMES = [
  '正月',
  '二月',
  '三月',
  '四月',
  '五月',
  '六月',
  '七月',
  '八月',
  '九月',
  '十月',
  '冬月',
  '腊月',
];
const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function dayName(day: number): string {
  if (day <= 10) return `初${DIGITS[day]}`;
  if (day < 20) return `十${DIGITS[day - 10]}`;
  if (day === 20) return '二十';
  if (day < 30) return `廿${DIGITS[day - 20]}`;
  return '三十';
}

/** The lunar label of a month and day, e.g. `lunarLabel(12, 29, false)` is 腊月廿九. */
export function lunarLabel(month: number, day: number, isLeap: boolean): string {
  return `${isLeap ? '闰' : ''}${MONTH_NAMES[month - 1]}${dayName(day)}`;
}

/** Days since 1970-01-01 to lunar date; the fast path for whole calendars. */
export function lunarDateOfEpochDay(epochDay: number): LunarDate {
  const ly = lunarYearOfEpochDay(epochDay);
  if (!ly) throw new CalendarRangeError(`no lunar date for ${dateOfEpochDay(epochDay)}`);
  const m = ly.months.find((mo) => epochDay < mo.start + mo.days)!;
  const day = epochDay - m.start + 1;
  return {
    year: ly.year,
    month: m.month,
    day,
    isLeap: m.isLeap,
    isEve: epochDay === ly.end - 1,
    label: lunarLabel(m.month, day, m.isLeap),
  };
}

/**
 * The lunar date of a Gregorian date.
 * @example lunarDateOf('2025-01-28') // { year: 2024, month: 12, day: 29, isEve: true, label: '腊月廿九', ... }
 */
export function lunarDateOf(date: LocalDate): LunarDate {
  return lunarDateOfEpochDay(epochDayOf(date));
}
