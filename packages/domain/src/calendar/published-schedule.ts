import type { LocalDate } from '../shared/primitives.js';
import { getDayDetail } from './chinese-days.js';
import { dateOfEpochDay, epochDayOf } from './date-math.js';

/** One day the State Council schedule names: a day off (`work: false`) or a 调休 make-up working day. */
export interface ScheduledDay {
  work: boolean;
  /** Chinese name of the holiday it belongs to, e.g. 春节. */
  holidayName: string;
}

/**
 * The days the State Council schedule of `year` names, as the `chinese-days` package has them, or
 * undefined when the package holds no schedule for that year (not published when it was built).
 * Found by reading the package's data for the year, so a newer package extends it by itself.
 */
export function publishedSchedule(year: number): Map<LocalDate, ScheduledDay> | undefined {
  const days = new Map<LocalDate, ScheduledDay>();
  const first = epochDayOf(`${String(year).padStart(4, '0')}-01-01`);
  const next = epochDayOf(`${String(year + 1).padStart(4, '0')}-01-01`);
  for (let day = first; day < next; day++) {
    const date = dateOfEpochDay(day);
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    // A local-midnight Date: the package reads dates with local getters, and a string would be
    // parsed as UTC midnight, which is the day before anywhere west of Greenwich.
    const detail = getDayDetail(new Date(y, m - 1, d));
    // Scheduled days are named "Spring Festival,春节,4"; other days carry the weekday name.
    const parts = detail.name.split(',');
    if (parts.length >= 3) days.set(date, { work: detail.work, holidayName: parts[parts.length - 2]! });
  }
  // Every schedule names 国庆节. A year without it may still hold a day or two of the next year's
  // schedule (a 元旦 break can start on 31 December), which is not a schedule for this year.
  return days.has(`${String(year).padStart(4, '0')}-10-01`) ? days : undefined;
}

/** Whether the package holds the State Council schedule for `year`. */
export function isSchedulePublished(year: number): boolean {
  return publishedSchedule(year) !== undefined;
}
