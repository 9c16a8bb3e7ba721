import { describe, expect, it } from 'vitest';
import { CalendarRangeError } from './calendar-range-error.js';
import {
  addDays,
  dateOfEpochDay,
  datesBetween,
  dayDistance,
  dayOfWeek,
  epochDayOf,
  isWeekend,
} from './date-math.js';

describe('addDays', () => {
  it.each([
    { date: '2026-01-31', n: 1, expected: '2026-02-01' },
    { date: '2026-02-28', n: 1, expected: '2026-03-01' },
    { date: '2028-02-28', n: 1, expected: '2028-02-29' },
    { date: '2026-12-31', n: 1, expected: '2027-01-01' },
    { date: '2026-01-01', n: -1, expected: '2025-12-31' },
    { date: '2026-10-01', n: 0, expected: '2026-10-01' },
    { date: '2026-01-01', n: 365, expected: '2027-01-01' },
  ])('$date + $n = $expected', ({ date, n, expected }) => {
    expect(addDays(date, n)).toBe(expected);
  });
});

describe('dayOfWeek', () => {
  it.each([
    { date: '1970-01-01', dow: 4 },
    { date: '1969-12-28', dow: 0 },
    { date: '2026-01-01', dow: 4 },
    { date: '2026-01-04', dow: 0 },
    { date: '2026-02-14', dow: 6 },
    { date: '2026-09-20', dow: 0 },
    { date: '2026-10-10', dow: 6 },
  ])('$date is day $dow', ({ date, dow }) => {
    expect(dayOfWeek(date)).toBe(dow);
    expect(isWeekend(date)).toBe(dow === 0 || dow === 6);
  });

  it('agrees with Date#getUTCDay for every day of two years', () => {
    for (const date of datesBetween('2026-01-01', '2027-12-31')) {
      expect(dayOfWeek(date)).toBe(new Date(`${date}T00:00:00Z`).getUTCDay());
    }
  });
});

describe('datesBetween', () => {
  it('includes both ends and crosses a leap day', () => {
    expect(datesBetween('2028-02-27', '2028-03-01')).toEqual([
      '2028-02-27',
      '2028-02-28',
      '2028-02-29',
      '2028-03-01',
    ]);
  });

  it('is empty when the end is before the start', () => {
    expect(datesBetween('2026-03-02', '2026-03-01')).toEqual([]);
  });

  it('counts 366 days in a leap year', () => {
    expect(datesBetween('2028-01-01', '2028-12-31')).toHaveLength(366);
  });
});

/** The reading by RegExp and Date that epochDayOf must agree with: a day count, or undefined when refused. */
function epochDayByDate(date: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const back = new Date(Date.UTC(y, mo - 1, d));
  const real = back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d;
  return real ? back.getTime() / 86_400_000 : undefined;
}

function epochDayOrUndefined(date: string): number | undefined {
  try {
    return epochDayOf(date);
  } catch (error) {
    expect(error).toBeInstanceOf(CalendarRangeError);
    return undefined;
  }
}

describe('epochDayOf', () => {
  it.each([
    '2026-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-04-00',
    '2026-1-1',
    '2026-01-01 ',
    ' 2026-01-01',
    '2026/01/01',
    '2026-01-0a',
    '２０２６-01-01',
    '0099-12-31',
    'tomorrow',
    '',
  ])('rejects %j', (date) => {
    expect(() => epochDayOf(date)).toThrow(CalendarRangeError);
  });

  it('agrees with Date for every day from 1899 to 2101 and for every day-of-month 00 to 39', () => {
    for (let day = epochDayByDate('1899-01-01')!; day <= epochDayByDate('2101-12-31')!; day++) {
      const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
      expect(epochDayOf(date)).toBe(day);
    }
    for (const year of ['0100', '1900', '2000', '2024', '2026', '2100', '9999']) {
      for (let month = 0; month <= 13; month++) {
        for (let d = 0; d < 40; d++) {
          const date = `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(epochDayOrUndefined(date), date).toBe(epochDayByDate(date));
        }
      }
    }
  });
});

describe('dateOfEpochDay', () => {
  const byDate = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

  it('writes what Date writes for every day from 1899 to 2101 and every 97th day of years 0000 to 9999', () => {
    for (let day = epochDayOf('1899-01-01'); day <= epochDayOf('2101-12-31'); day++) {
      expect(dateOfEpochDay(day)).toBe(byDate(day));
    }
    // From a year before 0000-01-01 (day -719528) to a year after 9999-12-31.
    for (let day = -719_528 - 400; day <= epochDayOf('9999-12-31') + 400; day += 97) {
      expect(dateOfEpochDay(day), String(day)).toBe(byDate(day));
    }
  });

  it.each([
    epochDayOf('1000-01-01') - 1,
    epochDayOf('9999-12-31'),
    epochDayOf('9999-12-31') + 1,
    -719_528,
    -719_529,
    0.5,
    -0.5,
    20_000.999,
  ])('writes what Date writes on the edges and for a fraction of a day: %d', (day) => {
    expect(dateOfEpochDay(day)).toBe(byDate(day));
  });

  it('refuses what Date refuses', () => {
    expect(() => dateOfEpochDay(Number.NaN)).toThrow(RangeError);
  });
});

describe('dayDistance', () => {
  it.each([
    ['2026-09-30', '2026-10-05', 5],
    ['2026-10-05', '2026-09-30', -5],
    ['2026-12-31', '2027-01-01', 1],
    ['2028-02-28', '2028-03-01', 2],
    ['2026-10-01', '2026-10-01', 0],
  ])('%s to %s is %i days', (from, to, days) => {
    expect(dayDistance(from, to)).toBe(days);
  });
});
