import type { LocalDate, LocalTime } from '../shared/primitives.js';
import { minutesOf } from '../shared/primitives.js';
import { shanghaiDateOf, shanghaiIsoAt, shanghaiTimeOf } from '../shared/shanghai-time.js';
import { isWorkingDay } from '../tenant/day-kind.js';
import type { CalendarConfig } from './calendar-config.js';
import { CalendarRangeError } from './calendar-range-error.js';
import { addDays } from './date-math.js';
import { dayKindOf } from './day-kind-of.js';
import { hallDay } from './hall-day.js';

// Longer than any run of days off the national calendar or a sane set of overrides can make.
const MAX_LOOKAHEAD_DAYS = 400;

/** Where a working day's hall has no hours (an override closed it), the day still ends at this time. */
export const DEFAULT_WORKING_DAY_CLOSE: LocalTime = '17:30';

/** The hall a tenant's deadlines are counted by: the one named, else its first (the main hall). */
function deadlineHallId(config: CalendarConfig, hallId: string | undefined): string | undefined {
  return hallId ?? config.halls[0]?.id;
}

/** Whether `date` is a working day (工作日 or 调休补班) for the tenant, or for one hall of it. */
export function isWorkingDate(config: CalendarConfig, date: LocalDate, hallId?: string): boolean {
  return isWorkingDay(dayKindOf(config, date, hallId));
}

/**
 * When a working day ends: the close of the hall's last interval that day, as the calendar engine
 * plans it (so a tenant's own hours and overrides count), or {@link DEFAULT_WORKING_DAY_CLOSE}.
 */
export function workingDayClose(config: CalendarConfig, date: LocalDate, hallId?: string): LocalTime {
  const id = deadlineHallId(config, hallId);
  if (id === undefined) return DEFAULT_WORKING_DAY_CLOSE;
  const intervals = hallDay(config, id, date).intervals;
  return intervals.at(-1)?.to ?? DEFAULT_WORKING_DAY_CLOSE;
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(config: CalendarConfig, date: LocalDate, hallId?: string): LocalDate {
  const id = deadlineHallId(config, hallId);
  for (let n = 1; n <= MAX_LOOKAHEAD_DAYS; n++) {
    const day = addDays(date, n);
    if (isWorkingDate(config, day, id)) return day;
  }
  throw new CalendarRangeError(`no working day in the ${MAX_LOOKAHEAD_DAYS} days after ${date}`);
}

/**
 * The end of the working day a request made at `now` is answered within (当日答复): today's close
 * when today is a working day and the hall has not closed yet, else the close of the next working
 * day. A request on a Saturday, a holiday or after hours is due when the next working day ends.
 * @example endOfWorkingDay(boai, new Date('2026-02-13T20:00:00+08:00')) // '2026-02-14T17:00:00+08:00' (调休补班)
 */
export function endOfWorkingDay(config: CalendarConfig, now: Date, hallId?: string): string {
  const id = deadlineHallId(config, hallId);
  const today = shanghaiDateOf(now);
  if (isWorkingDate(config, today, id)) {
    const close = workingDayClose(config, today, id);
    if (minutesOf(shanghaiTimeOf(now)) < minutesOf(close)) return shanghaiIsoAt(today, close);
  }
  const next = nextWorkingDay(config, today, id);
  return shanghaiIsoAt(next, workingDayClose(config, next, id));
}

/**
 * A deadline of `n` working days (n ≥ 1) from `now`: the close of the n-th working day after the
 * day of `now` (the day itself does not count). 调休 make-up days count; holidays and rest days do not.
 * @example addWorkingDays(boai, new Date('2026-02-13T10:00:00+08:00'), 2) // '2026-02-24T17:00:00+08:00'
 */
export function addWorkingDays(config: CalendarConfig, now: Date, n: number, hallId?: string): string {
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`working days must be a whole number ≥ 1, not ${n}`);
  const id = deadlineHallId(config, hallId);
  let day = shanghaiDateOf(now);
  for (let i = 0; i < n; i++) day = nextWorkingDay(config, day, id);
  return shanghaiIsoAt(day, workingDayClose(config, day, id));
}
