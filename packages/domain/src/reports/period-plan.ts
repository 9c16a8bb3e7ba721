import { addDays, dayDistance } from '../calendar/date-math.js';
import type { LocalDate } from '../shared/primitives.js';

/** How finely a counter item covers time: a day, a month (`2026-03`) or a year (`2026`). */
export type Grain = 'day' | 'month' | 'year';

/** A run of consecutive items of one grain, both ends included, e.g. months `2026-04` … `2026-11`. */
export interface PlannedRange {
  grain: Grain;
  from: string;
  to: string;
}

/** The longest period a report covers: a year and a day, so any year, leap or not, fits. */
export const MAX_REPORT_DAYS = 366;

const monthOf = (date: LocalDate) => date.slice(0, 7);
const yearOf = (date: LocalDate) => date.slice(0, 4);
const lastDayOfMonth = (month: string) => addDays(`${nextMonth(month)}-01` as LocalDate, -1);

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * The counter items that cover `from` … `to` (both included) exactly once, with as few items as
 * the calendar allows: whole years as year items, whole months as month items, the rest as days.
 * At most five runs (days, months, years, months, days), each one Query on a key range, and at most
 * 30 + 11 + 1 + 11 + 30 items whatever the volume behind them.
 * @example planPeriod('2026-03-05', '2026-05-10')
 * // days 03-05…03-31, month 2026-04, days 05-01…05-10
 */
export function planPeriod(from: LocalDate, to: LocalDate): PlannedRange[] {
  if (dayDistance(from, to) < 0) throw new RangeError(`the period ${from} … ${to} ends before it starts`);
  const ranges: PlannedRange[] = [];
  // The first whole month: this one if the period starts on its first day, else the next.
  let firstMonth = from.endsWith('-01') ? monthOf(from) : nextMonth(monthOf(from));
  // The last whole month: this one if the period ends on its last day, else the one before.
  let lastMonth = lastDayOfMonth(monthOf(to)) === to ? monthOf(to) : previousMonth(monthOf(to));
  if (firstMonth > lastMonth) {
    ranges.push({ grain: 'day', from, to });
    return ranges;
  }
  const headEnd = addDays(`${firstMonth}-01` as LocalDate, -1);
  if (headEnd >= from) ranges.push({ grain: 'day', from, to: headEnd });
  // Whole years inside the whole months.
  const firstYear = firstMonth.endsWith('-01') ? Number(yearOf(firstMonth)) : Number(yearOf(firstMonth)) + 1;
  const lastYear = lastMonth.endsWith('-12') ? Number(yearOf(lastMonth)) : Number(yearOf(lastMonth)) - 1;
  if (firstYear <= lastYear) {
    const yearStartMonth = `${firstYear}-01`;
    if (firstMonth < yearStartMonth) {
      ranges.push({ grain: 'month', from: firstMonth, to: previousMonth(yearStartMonth) });
    }
    ranges.push({ grain: 'year', from: String(firstYear), to: String(lastYear) });
    firstMonth = `${lastYear + 1}-01`;
  }
  if (firstMonth <= lastMonth) ranges.push({ grain: 'month', from: firstMonth, to: lastMonth });
  else lastMonth = previousMonth(firstMonth);
  const tailStart = addDays(lastDayOfMonth(lastMonth) as LocalDate, 1);
  if (tailStart <= to) ranges.push({ grain: 'day', from: tailStart, to });
  return ranges;
}

/** The period of the same length just before `from` … `to`: what a report shows beside it. */
export function previousPeriod(from: LocalDate, to: LocalDate): { from: LocalDate; to: LocalDate } {
  const days = dayDistance(from, to) + 1;
  return { from: addDays(from, -days), to: addDays(from, -1) };
}

/** The number of items a plan reads per dimension value: days, months and years counted. */
export function itemsOfPlan(plan: readonly PlannedRange[]): number {
  let n = 0;
  for (const r of plan) {
    if (r.grain === 'day') n += dayDistance(r.from as LocalDate, r.to as LocalDate) + 1;
    else if (r.grain === 'month') {
      for (let m = r.from; m <= r.to; m = nextMonth(m)) n++;
    } else n += Number(r.to) - Number(r.from) + 1;
  }
  return n;
}
