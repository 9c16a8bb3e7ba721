import { isWeekend } from '../calendar/date-math.js';
import type { NationalDayInfo } from '../calendar/national-day-info.js';
import type { LocalDate } from '../shared/primitives.js';
import type { NationalSchedule } from './national-schedule.js';

/** The published schedules a calendar reads, by year; the platform's, not a tenant's. */
export type NationalSchedules = ReadonlyMap<number, NationalSchedule>;

// Day tables per schedule object: stores hand out the same object per version, so each is indexed once.
const indexes = new WeakMap<NationalSchedule, Map<LocalDate, NationalDayInfo>>();

function indexOf(schedule: NationalSchedule): Map<LocalDate, NationalDayInfo> {
  let index = indexes.get(schedule);
  if (index) return index;
  index = new Map();
  for (const d of schedule.days) {
    const info: NationalDayInfo =
      d.kind === 'holiday'
        ? { kind: 'holiday', provisional: false, holidayName: d.name.zh }
        : { kind: isWeekend(d.date) ? 'makeup-workday' : 'workday', provisional: false };
    index.set(d.date, Object.freeze(info));
  }
  indexes.set(schedule, index);
  return index;
}

const WORKDAY: NationalDayInfo = Object.freeze({ kind: 'workday', provisional: false });
const RESTDAY: NationalDayInfo = Object.freeze({ kind: 'restday', provisional: false });

/**
 * What the platform's published schedule says of `date`, or undefined when its year has none (the
 * built-in calendar answers then). Days it does not name are weekdays or weekends as usual.
 */
export function publishedNationalDay(
  schedules: NationalSchedules | undefined,
  date: LocalDate,
): NationalDayInfo | undefined {
  const schedule = schedules?.get(Number(date.slice(0, 4)));
  if (!schedule) return undefined;
  return indexOf(schedule).get(date) ?? (isWeekend(date) ? RESTDAY : WORKDAY);
}
