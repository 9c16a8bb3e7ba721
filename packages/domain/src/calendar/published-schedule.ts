import type { LocalDate } from '../shared/primitives.js';
import { scheduleTables } from './chinese-days.js';

/** One day the State Council schedule names: a day off (`work: false`) or a 调休 make-up working day. */
export interface ScheduledDay {
  work: boolean;
  /** Chinese name of the holiday it belongs to, e.g. 春节. */
  holidayName: string;
}

type DayTable = Record<LocalDate, string>;

let scheduleByYear: Map<number, Map<LocalDate, ScheduledDay>> | undefined;

/**
 * Every scheduled day of the package, by year, read from its date-keyed tables. Indexed by the
 * first question, then kept: the data never changes while the process runs, and a process that is
 * never asked (a health check, say) never pays for it.
 */
function scheduleIndex(): Map<number, Map<LocalDate, ScheduledDay>> {
  if (scheduleByYear) return scheduleByYear;
  const byYear = new Map<number, Map<LocalDate, ScheduledDay>>();
  const add = (table: DayTable, work: boolean) => {
    for (const [date, name] of Object.entries(table)) {
      // Entries read "Spring Festival,春节,4": English name, Chinese name, length of the break.
      const parts = name.split(',');
      const year = Number(date.slice(0, 4));
      const days = byYear.get(year) ?? new Map<LocalDate, ScheduledDay>();
      days.set(date, { work, holidayName: parts[parts.length - 2] ?? name });
      byYear.set(year, days);
    }
  };
  const { holidays, workdays } = scheduleTables();
  add(holidays as DayTable, false);
  add(workdays as DayTable, true);
  scheduleByYear = byYear;
  return byYear;
}

/**
 * The days the State Council schedule of `year` names, as the `chinese-days` package has them, or
 * undefined when the package holds no schedule for that year (not published when it was built).
 * Read from the package's date-keyed data, never through a `Date`, so the host's time zone cannot
 * shift a day; a newer package extends it by itself.
 */
export function publishedSchedule(year: number): Map<LocalDate, ScheduledDay> | undefined {
  const days = scheduleIndex().get(year);
  // Every schedule names 国庆节. A year without it may still hold a day or two of the next year's
  // schedule (a 元旦 break can start on 31 December), which is not a schedule for this year.
  return days?.has(`${String(year).padStart(4, '0')}-10-01`) ? days : undefined;
}

/** Whether the package holds the State Council schedule for `year`. */
export function isSchedulePublished(year: number): boolean {
  return publishedSchedule(year) !== undefined;
}
