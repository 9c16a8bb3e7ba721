import { describe, expect, it } from 'vitest';
import { addDays, dayDistance } from '../calendar/date-math.js';
import type { LocalDate } from '../shared/primitives.js';
import { itemsOfPlan, MAX_REPORT_DAYS, planPeriod, previousPeriod } from './period-plan.js';

/** The days a plan covers, one by one, expanding months and years. */
function daysOf(plan: ReturnType<typeof planPeriod>): string[] {
  const days: string[] = [];
  for (const r of plan) {
    const [from, to] =
      r.grain === 'day'
        ? [r.from, r.to]
        : r.grain === 'month'
          ? [`${r.from}-01`, addDays(`${nextMonthStart(r.to)}` as LocalDate, -1)]
          : [`${r.from}-01-01`, `${r.to}-12-31`];
    for (let d = from as LocalDate; d <= to; d = addDays(d, 1)) days.push(d);
  }
  return days;
}
function nextMonthStart(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

describe('planPeriod', () => {
  it.each([
    ['2026-03-05', '2026-03-19', [{ grain: 'day', from: '2026-03-05', to: '2026-03-19' }]],
    [
      '2026-03-05',
      '2026-05-10',
      [
        { grain: 'day', from: '2026-03-05', to: '2026-03-31' },
        { grain: 'month', from: '2026-04', to: '2026-04' },
        { grain: 'day', from: '2026-05-01', to: '2026-05-10' },
      ],
    ],
    // Across a year end, whole months on both sides.
    ['2025-11-01', '2026-02-28', [{ grain: 'month', from: '2025-11', to: '2026-02' }]],
    // A whole year is one item.
    ['2025-01-01', '2025-12-31', [{ grain: 'year', from: '2025', to: '2025' }]],
    [
      '2024-12-15',
      '2026-01-02',
      [
        { grain: 'day', from: '2024-12-15', to: '2024-12-31' },
        { grain: 'year', from: '2025', to: '2025' },
        { grain: 'day', from: '2026-01-01', to: '2026-01-02' },
      ],
    ],
    // Leap day at a month end.
    ['2028-02-10', '2028-02-29', [{ grain: 'day', from: '2028-02-10', to: '2028-02-29' }]],
    ['2028-02-01', '2028-02-29', [{ grain: 'month', from: '2028-02', to: '2028-02' }]],
  ] as const)('%s … %s', (from, to, expected) => {
    expect(planPeriod(from, to)).toEqual(expected);
  });

  it('covers every day of any period exactly once, in at most five runs and a few dozen items', () => {
    // Every start in two years (a leap year among them) and lengths up to a year.
    for (let start = '2027-11-20' as LocalDate; start <= '2029-02-10'; start = addDays(start, 3)) {
      for (const length of [1, 2, 13, 28, 31, 45, 90, 92, 180, 365, MAX_REPORT_DAYS]) {
        const end = addDays(start, length - 1);
        const plan = planPeriod(start, end);
        const days = daysOf(plan);
        expect(days.length).toBe(length);
        expect(new Set(days).size).toBe(length);
        expect(days[0]).toBe(start);
        expect(days.at(-1)).toBe(end);
        expect(plan.length).toBeLessThanOrEqual(5);
        expect(itemsOfPlan(plan)).toBeLessThanOrEqual(62 + 11);
      }
    }
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => planPeriod('2026-03-05', '2026-03-04')).toThrow(RangeError);
  });
});

describe('previousPeriod', () => {
  it('is as long as the period and ends the day before it', () => {
    const prev = previousPeriod('2026-03-01', '2026-03-31');
    expect(prev).toEqual({ from: '2026-01-29', to: '2026-02-28' });
    expect(dayDistance(prev.from, prev.to)).toBe(30);
  });
});
