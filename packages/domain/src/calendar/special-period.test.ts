import { describe, expect, it } from 'vitest';
import type { SpecialPeriod } from '../tenant/opening-policy.js';
import { zaozhuangSpringFestival } from './calendar-fixtures.js';
import { datesBetween } from './date-math.js';
import { specialPeriodOn } from './special-period-on.js';
import { specialPeriodRange } from './special-period-range.js';

const hours: SpecialPeriod['hours'] = { sessions: [], mode: 'walk-in', noGapLunch: false };
const lanternWeek: SpecialPeriod = {
  id: 'lantern-week',
  name: { zh: '正月初十至十五', en: 'Lantern week' },
  from: { month: 1, day: 10 },
  to: { month: 1, day: 15 },
  hours,
};
const lastMonth: SpecialPeriod = {
  id: 'last-month',
  name: { zh: '腊月二十至除夕', en: 'Last month' },
  from: { month: 12, day: 20 },
  to: { eve: true },
  hours,
};

describe('specialPeriodRange: 除夕 to 正月初二 crosses the lunar new year', () => {
  it.each([
    // 腊月 of lunar 2024 has 29 days: 除夕 is 腊月廿九.
    { lunarYear: 2024, dates: ['2025-01-28', '2025-01-29', '2025-01-30'] },
    // 腊月 of lunar 2023 has 30 days: 除夕 is 腊月三十.
    { lunarYear: 2023, dates: ['2024-02-09', '2024-02-10', '2024-02-11'] },
    { lunarYear: 2025, dates: ['2026-02-16', '2026-02-17', '2026-02-18'] },
    { lunarYear: 2029, dates: ['2030-02-02', '2030-02-03', '2030-02-04'] },
  ])('lunar year $lunarYear: $dates', ({ lunarYear, dates }) => {
    const range = specialPeriodRange(zaozhuangSpringFestival, lunarYear);
    expect(datesBetween(range.from, range.to)).toEqual(dates);
  });

  it.each([
    { period: lanternWeek, lunarYear: 2027, from: '2027-02-15', to: '2027-02-20' },
    { period: lastMonth, lunarYear: 2025, from: '2026-02-07', to: '2026-02-16' },
  ])('$period.id in lunar year $lunarYear: $from to $to', ({ period, lunarYear, from, to }) => {
    expect(specialPeriodRange(period, lunarYear)).toEqual({ from, to });
  });
});

describe('specialPeriodOn', () => {
  const periods = [zaozhuangSpringFestival, lanternWeek];
  it.each([
    { date: '2025-01-27', expected: undefined },
    { date: '2025-01-28', expected: 'spring-festival' },
    { date: '2025-01-29', expected: 'spring-festival' },
    { date: '2025-01-30', expected: 'spring-festival' },
    { date: '2025-01-31', expected: undefined },
    { date: '2024-02-08', expected: undefined },
    { date: '2024-02-09', expected: 'spring-festival' },
    { date: '2024-02-11', expected: 'spring-festival' },
    { date: '2024-02-12', expected: undefined },
    { date: '2026-02-25', expected: undefined },
    { date: '2026-02-26', expected: 'lantern-week' },
    { date: '2026-03-02', expected: 'lantern-week' },
    { date: '2026-03-03', expected: 'lantern-week' },
    { date: '2026-03-04', expected: undefined },
  ])('$date: $expected', ({ date, expected }) => {
    expect(specialPeriodOn(periods, date)?.id).toBe(expected);
  });

  it('finds each period on exactly its days over several years', () => {
    const found = datesBetween('2024-01-01', '2030-12-31').filter(
      (date) => specialPeriodOn([zaozhuangSpringFestival], date) !== undefined,
    );
    const expected = [2023, 2024, 2025, 2026, 2027, 2028, 2029].flatMap((year) => {
      const range = specialPeriodRange(zaozhuangSpringFestival, year);
      return datesBetween(range.from, range.to);
    });
    expect(found).toEqual(expected);
    expect(found).toHaveLength(21);
  });
});
