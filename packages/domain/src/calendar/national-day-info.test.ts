import { describe, expect, it } from 'vitest';
import type { DayKind } from '../tenant/day-kind.js';
import { CalendarRangeError } from './calendar-range-error.js';
import { addDays, datesBetween, isWeekend } from './date-math.js';
import { lunarDateOf } from './lunar-date-of.js';
import { nationalDayInfo } from './national-day-info.js';
import { isSchedulePublished } from './published-schedule.js';
import { statutoryHolidays } from './statutory-holidays.js';

describe('nationalDayInfo in a published year (2026, State Council schedule)', () => {
  it.each<{ date: string; kind: DayKind; holidayName?: string; why: string }>([
    { date: '2026-01-05', kind: 'workday', why: 'ordinary Monday' },
    { date: '2026-03-14', kind: 'restday', why: 'ordinary Saturday' },
    { date: '2026-03-15', kind: 'restday', why: 'ordinary Sunday' },
    { date: '2026-01-01', kind: 'holiday', holidayName: '元旦', why: 'weekday holiday' },
    { date: '2026-01-03', kind: 'holiday', holidayName: '元旦', why: 'Saturday inside 元旦' },
    { date: '2026-01-04', kind: 'makeup-workday', why: '调休: Sunday worked for 元旦' },
    { date: '2026-02-14', kind: 'makeup-workday', why: '调休: Saturday before 春节' },
    { date: '2026-02-15', kind: 'holiday', holidayName: '春节', why: 'Sunday inside 春节' },
    { date: '2026-02-16', kind: 'holiday', holidayName: '春节', why: '除夕, a Monday' },
    { date: '2026-02-21', kind: 'holiday', holidayName: '春节', why: 'Saturday inside 春节' },
    { date: '2026-02-23', kind: 'holiday', holidayName: '春节', why: 'last day of 春节, a Monday' },
    { date: '2026-02-24', kind: 'workday', why: 'first working day after 春节' },
    { date: '2026-02-28', kind: 'makeup-workday', why: '调休: Saturday after 春节' },
    { date: '2026-04-06', kind: 'holiday', holidayName: '清明', why: 'Monday added to 清明' },
    { date: '2026-05-05', kind: 'holiday', holidayName: '劳动节', why: 'Tuesday inside 劳动节' },
    { date: '2026-05-09', kind: 'makeup-workday', why: '调休: Saturday after 劳动节' },
    { date: '2026-06-19', kind: 'holiday', holidayName: '端午', why: '端午, a Friday' },
    { date: '2026-09-20', kind: 'makeup-workday', why: '调休: Sunday before 国庆节' },
    { date: '2026-09-25', kind: 'holiday', holidayName: '中秋', why: '中秋, a Friday' },
    { date: '2026-10-04', kind: 'holiday', holidayName: '国庆节', why: 'Sunday inside 国庆节' },
    { date: '2026-10-07', kind: 'holiday', holidayName: '国庆节', why: 'last day of 国庆节, a Wednesday' },
    { date: '2026-10-08', kind: 'workday', why: 'first working day after 国庆节' },
    { date: '2026-10-10', kind: 'makeup-workday', why: '调休: Saturday after 国庆节' },
    { date: '2025-01-28', kind: 'holiday', holidayName: '春节', why: '除夕 2025' },
    { date: '2024-02-09', kind: 'workday', why: '除夕 2024 was worked (春节 2024 began on 初一)' },
  ])('$date is $kind: $why', ({ date, kind, holidayName }) => {
    expect(nationalDayInfo(date)).toEqual({
      kind,
      provisional: false,
      ...(holidayName ? { holidayName } : {}),
    });
  });

  it('counts the 2026 schedule: 33 holiday days and 6 make-up days, none provisional', () => {
    const infos = datesBetween('2026-01-01', '2026-12-31').map(nationalDayInfo);
    expect(infos.filter((i) => i.kind === 'holiday')).toHaveLength(33);
    expect(infos.filter((i) => i.kind === 'makeup-workday')).toHaveLength(6);
    expect(infos.every((i) => !i.provisional)).toBe(true);
  });
});

describe('isSchedulePublished: read from the package data', () => {
  it('holds every State Council schedule from 2004 to 2026', () => {
    const years = Array.from({ length: 23 }, (_, i) => 2004 + i);
    expect(years.filter((y) => !isSchedulePublished(y))).toEqual([]);
  });

  it.each([1990, 2003, 2099])('holds none for %i', (year) => {
    expect(isSchedulePublished(year)).toBe(false);
  });
});

// The first year after 2026 the bundled package has no schedule for: probed, not assumed.
const provisionalYear = (() => {
  let year = 2027;
  while (isSchedulePublished(year)) year++;
  return year;
})();

describe(`nationalDayInfo in a year without a published schedule (${provisionalYear})`, () => {
  const days = datesBetween(`${provisionalYear}-01-01`, `${provisionalYear}-12-31`).map((date) => ({
    date,
    ...nationalDayInfo(date),
  }));
  const holidays = days.filter((d) => d.kind === 'holiday').map((d) => d.date);

  it('marks every day provisional and knows no make-up days', () => {
    expect(days.every((d) => d.provisional)).toBe(true);
    expect(days.some((d) => d.kind === 'makeup-workday')).toBe(false);
  });

  it.each(['10-01', '10-02', '10-03'])('国庆节 %s is a holiday', (monthDay) => {
    expect(nationalDayInfo(`${provisionalYear}-${monthDay}`)).toMatchObject({ kind: 'holiday' });
    expect(nationalDayInfo(`${provisionalYear}-${monthDay}`).holidayName).toContain('国庆节');
  });

  it('keeps 4 October a rest day at most (the bridge days are not yet known)', () => {
    const date = `${provisionalYear}-10-04`;
    expect(nationalDayInfo(date).kind).toBe(isWeekend(date) ? 'restday' : 'workday');
  });

  it('computes 春节 from the lunar calendar: 除夕 to 正月初三', () => {
    const spring = days.filter((d) => d.holidayName === '春节').map((d) => d.date);
    expect(spring).toHaveLength(4);
    expect(lunarDateOf(spring[0]!).isEve).toBe(true);
    expect(spring.slice(1).map((d) => lunarDateOf(d).label)).toEqual(['正月初一', '正月初二', '正月初三']);
    expect(spring).toEqual(datesBetween(spring[0]!, addDays(spring[0]!, 3)));
  });

  it('puts 清明 on the solar term', () => {
    // The 清明 solar term in China (UTC+8); the package's own answer depends on the host's zone.
    const solarTerm: Record<number, string> = { 2027: '04-05', 2028: '04-04', 2029: '04-04', 2030: '04-05' };
    const qingming = `${provisionalYear}-${solarTerm[provisionalYear]}`;
    expect(nationalDayInfo(qingming)).toEqual({ kind: 'holiday', provisional: true, holidayName: '清明' });
    expect(days.filter((d) => d.holidayName === '清明').map((d) => d.date)).toEqual([qingming]);
  });

  it('puts 端午 and 中秋 on 五月初五 and 八月十五', () => {
    expect(days.filter((d) => d.holidayName === '端午').map((d) => lunarDateOf(d.date).label)).toEqual([
      '五月初五',
    ]);
    expect(days.filter((d) => d.holidayName === '中秋').map((d) => lunarDateOf(d.date).label)).toEqual([
      '八月十五',
    ]);
  });

  it('has only the 13 statutory days off, and every other weekend day is a rest day', () => {
    expect(holidays).toHaveLength(13);
    for (const d of days) {
      if (d.kind !== 'holiday') expect(d.kind, d.date).toBe(isWeekend(d.date) ? 'restday' : 'workday');
    }
  });
});

describe('statutoryHolidays: the days the law fixes', () => {
  it.each([
    {
      year: 2027,
      expected: {
        '2027-01-01': '元旦',
        '2027-02-05': '春节',
        '2027-02-06': '春节',
        '2027-02-07': '春节',
        '2027-02-08': '春节',
        '2027-04-05': '清明',
        '2027-05-01': '劳动节',
        '2027-05-02': '劳动节',
        '2027-06-09': '端午',
        '2027-09-15': '中秋',
        '2027-10-01': '国庆节',
        '2027-10-02': '国庆节',
        '2027-10-03': '国庆节',
      },
    },
    {
      // 除夕 is 腊月三十 this year; 中秋 falls early.
      year: 2030,
      expected: {
        '2030-01-01': '元旦',
        '2030-02-02': '春节',
        '2030-02-03': '春节',
        '2030-02-04': '春节',
        '2030-02-05': '春节',
        '2030-04-05': '清明',
        '2030-05-01': '劳动节',
        '2030-05-02': '劳动节',
        '2030-06-05': '端午',
        '2030-09-12': '中秋',
        '2030-10-01': '国庆节',
        '2030-10-02': '国庆节',
        '2030-10-03': '国庆节',
      },
    },
  ])('$year', ({ year, expected }) => {
    expect(Object.fromEntries(statutoryHolidays(year))).toEqual(expected);
  });

  it('names both holidays when 中秋 falls inside 国庆节 (2020-10-01)', () => {
    expect(statutoryHolidays(2020).get('2020-10-01')).toBe('中秋、国庆节');
    expect(statutoryHolidays(2020).size).toBe(12);
  });
});

describe('years outside the lunar tables', () => {
  it.each(['1900-06-01', '2100-06-01'])('refuses %s', (date) => {
    expect(() => nationalDayInfo(date)).toThrow(CalendarRangeError);
  });
});
