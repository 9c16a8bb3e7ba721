import type { LocalDate } from '../shared/primitives.js';
import { CalendarRangeError } from './calendar-range-error.js';
import { getSolarTermDate } from './chinese-days.js';
import { dateOfEpochDay, epochDayOf } from './date-math.js';
import { lunarYear } from './lunar-calendar.js';
import { resolveLunarEpochDay } from './resolve-lunar-date.js';

/** Days since 1970-01-01 of the 清明 solar term in `year`. */
function qingmingOf(year: number): number {
  const reported = epochDayOf(getSolarTermDate(year, 4, 'pure_brightness'));
  // The package formats UTC midnight of the day with local getters, which read as the day before
  // wherever the process runs west of Greenwich. Undo that, so no result depends on the host.
  const westOfUtc = new Date(Date.UTC(year, 3, 1)).getDate() !== 1;
  return westOfUtc ? reported + 1 : reported;
}

/**
 * The days off the law itself fixes for `year` (全国年节及纪念日放假办法, as amended in 2024):
 * 元旦 1 Jan; 春节 除夕 to 正月初三; 清明 on the solar term; 劳动节 1-2 May; 端午 五月初五; 中秋
 * 八月十五; 国庆节 1-3 Oct. The State Council's yearly schedule adds bridges and 调休 make-up days,
 * which cannot be known before it is published.
 */
export function statutoryHolidays(year: number): Map<LocalDate, string> {
  const ly = lunarYear(year);
  if (!ly) throw new CalendarRangeError(`no lunar tables for the year ${year}`);
  const y = String(year).padStart(4, '0');
  const days = new Map<LocalDate, string>();
  const add = (first: number, count: number, name: string): void => {
    for (let day = first; day < first + count; day++) {
      const date = dateOfEpochDay(day);
      const other = days.get(date);
      // 中秋 can fall inside 国庆节 (as on 2020-10-01): keep both names.
      days.set(date, other ? `${other}、${name}` : name);
    }
  };
  add(epochDayOf(`${y}-01-01`), 1, '元旦');
  add(ly.start - 1, 4, '春节');
  add(qingmingOf(year), 1, '清明');
  add(epochDayOf(`${y}-05-01`), 2, '劳动节');
  add(resolveLunarEpochDay(ly, { month: 5, day: 5 }), 1, '端午');
  add(resolveLunarEpochDay(ly, { month: 8, day: 15 }), 1, '中秋');
  add(epochDayOf(`${y}-10-01`), 3, '国庆节');
  return days;
}
