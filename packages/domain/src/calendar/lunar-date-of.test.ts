import { getLunarDate } from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { CalendarRangeError } from './calendar-range-error.js';
import { addDays, datesBetween } from './date-math.js';
import { lunarDateOf } from './lunar-date-of.js';
import { resolveLunarDate } from './resolve-lunar-date.js';

describe('lunarDateOf', () => {
  it.each([
    // 除夕 of a lunar year whose 腊月 has 29 days, and of one with 30.
    { date: '2025-01-28', year: 2024, month: 12, day: 29, isLeap: false, isEve: true, label: '腊月廿九' },
    { date: '2025-01-29', year: 2025, month: 1, day: 1, isLeap: false, isEve: false, label: '正月初一' },
    { date: '2024-02-08', year: 2023, month: 12, day: 29, isLeap: false, isEve: false, label: '腊月廿九' },
    { date: '2024-02-09', year: 2023, month: 12, day: 30, isLeap: false, isEve: true, label: '腊月三十' },
    { date: '2026-02-16', year: 2025, month: 12, day: 29, isLeap: false, isEve: true, label: '腊月廿九' },
    { date: '2026-02-17', year: 2026, month: 1, day: 1, isLeap: false, isEve: false, label: '正月初一' },
    { date: '2026-02-26', year: 2026, month: 1, day: 10, isLeap: false, isEve: false, label: '正月初十' },
    { date: '2026-06-19', year: 2026, month: 5, day: 5, isLeap: false, isEve: false, label: '五月初五' },
    { date: '2026-09-25', year: 2026, month: 8, day: 15, isLeap: false, isEve: false, label: '八月十五' },
    // 闰月: leap months.
    { date: '2023-03-22', year: 2023, month: 2, day: 1, isLeap: true, isEve: false, label: '闰二月初一' },
    { date: '2025-07-25', year: 2025, month: 6, day: 1, isLeap: true, isEve: false, label: '闰六月初一' },
    { date: '2033-12-22', year: 2033, month: 11, day: 1, isLeap: true, isEve: false, label: '闰冬月初一' },
    // 春节 of years beyond the published schedules.
    { date: '2027-02-06', year: 2027, month: 1, day: 1, isLeap: false, isEve: false, label: '正月初一' },
    { date: '2028-01-26', year: 2028, month: 1, day: 1, isLeap: false, isEve: false, label: '正月初一' },
    { date: '2029-02-13', year: 2029, month: 1, day: 1, isLeap: false, isEve: false, label: '正月初一' },
    { date: '2030-02-02', year: 2029, month: 12, day: 30, isLeap: false, isEve: true, label: '腊月三十' },
    { date: '2030-02-03', year: 2030, month: 1, day: 1, isLeap: false, isEve: false, label: '正月初一' },
    { date: '2031-01-23', year: 2031, month: 1, day: 1, isLeap: false, isEve: false, label: '正月初一' },
    { date: '2032-02-11', year: 2032, month: 1, day: 1, isLeap: false, isEve: false, label: '正月初一' },
    { date: '2033-01-31', year: 2033, month: 1, day: 1, isLeap: false, isEve: false, label: '正月初一' },
    { date: '2034-02-19', year: 2034, month: 1, day: 1, isLeap: false, isEve: false, label: '正月初一' },
    { date: '2035-02-08', year: 2035, month: 1, day: 1, isLeap: false, isEve: false, label: '正月初一' },
  ])('$date is $label', ({ date, ...expected }) => {
    expect(lunarDateOf(date)).toEqual(expected);
  });

  it('agrees with the package’s own conversion on every day from 2027 to 2099', () => {
    for (const date of datesBetween('2027-01-01', '2099-12-31')) {
      const ours = lunarDateOf(date);
      const theirs = getLunarDate(date);
      expect([ours.year, ours.month, ours.day, ours.isLeap], date).toEqual([
        theirs.lunarYear,
        theirs.lunarMon,
        theirs.lunarDay,
        theirs.isLeap,
      ]);
    }
  });

  it('marks exactly one 除夕 per lunar year, the day before 正月初一', () => {
    for (let year = 2020; year <= 2060; year++) {
      const newYear = resolveLunarDate(year, { month: 1, day: 1 });
      expect(lunarDateOf(addDays(newYear, -1)).isEve, String(year)).toBe(true);
      expect(lunarDateOf(addDays(newYear, -2)).isEve, String(year)).toBe(false);
      expect(lunarDateOf(newYear).label).toBe('正月初一');
    }
  });

  it.each(['1899-06-01', '2101-06-01'])('refuses %s, outside the lunar tables', (date) => {
    expect(() => lunarDateOf(date)).toThrow(CalendarRangeError);
  });
});

describe('resolveLunarDate', () => {
  it.each([
    { year: 2024, ref: { eve: true as const }, expected: '2025-01-28' },
    { year: 2023, ref: { eve: true as const }, expected: '2024-02-09' },
    { year: 2026, ref: { month: 1, day: 1 }, expected: '2026-02-17' },
    { year: 2026, ref: { month: 5, day: 5 }, expected: '2026-06-19' },
    { year: 2026, ref: { month: 8, day: 15 }, expected: '2026-09-25' },
    // The ordinary 六月, not the leap month after it.
    { year: 2025, ref: { month: 6, day: 1 }, expected: '2025-06-25' },
    // 腊月三十 in a year whose 腊月 has 29 days is its last day, 除夕.
    { year: 2024, ref: { month: 12, day: 30 }, expected: '2025-01-28' },
  ])('lunar year $year $ref is $expected', ({ year, ref, expected }) => {
    expect(resolveLunarDate(year, ref)).toBe(expected);
  });
});
