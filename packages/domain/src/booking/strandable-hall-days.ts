import { buildCalendar } from '../calendar/build-calendar.js';
import type { CalendarDay } from '../calendar/calendar-day.js';
import { addDays, datesBetween } from '../calendar/date-math.js';
import type { LocalDate } from '../shared/primitives.js';
import { shanghaiDateOf } from '../shared/shanghai-time.js';
import type { TenantConfig } from '../tenant/tenant-config.js';

/** One hall on one date: the unit the booking ledger is read by (`bookingsOfHallDay`). */
export interface HallDate {
  hallId: string;
  date: LocalDate;
}

/**
 * The hall-days whose bookings a change from `before` to `after` may strand, so only those are
 * read: today to the longer of the two booking horizons (no booking lies beyond the horizon it was
 * made under), for each hall of `before`. Every date of a hall whose windows, or the matters they
 * serve, changed (or the hall itself is gone); otherwise the dates whose kind or hours the calendar
 * engine now gives differently. A change that strands nothing reads nothing.
 */
export function strandableHallDays(before: TenantConfig, after: TenantConfig, now: Date): HallDate[] {
  const from = shanghaiDateOf(now);
  const horizon = Math.max(before.bookingPolicy.horizonDays, after.bookingPolicy.horizonDays);
  const to = addDays(from, horizon);
  const dates = datesBetween(from, to);
  const afterHalls = new Set(after.halls.map((h) => h.id));
  const wholeHalls = before.halls
    .map((h) => h.id)
    .filter((id) => !afterHalls.has(id) || placesOf(before, before, id) !== placesOf(before, after, id));
  const kept = before.halls.map((h) => h.id).filter((id) => !wholeHalls.includes(id));
  const days: HallDate[] = wholeHalls.flatMap((hallId) => dates.map((date) => ({ hallId, date })));
  if (kept.length === 0) return days;
  const was = dayIndex(buildCalendar({ config: before, from, to, hallIds: kept }));
  const is = dayIndex(buildCalendar({ config: after, from, to, hallIds: kept }));
  for (const [key, day] of was) {
    if (is.get(key) !== day) {
      const [hallId, date] = key.split('#') as [string, LocalDate];
      days.push({ hallId, date });
    }
  }
  return days;
}

/**
 * What the bookings of a hall hold on to, as `config` has it: the windows `reference` places in the
 * hall and the matters those windows serve, looked up by id (a missing one is null).
 */
function placesOf(reference: TenantConfig, config: TenantConfig, hallId: string): string {
  const windowIds = reference.windows.filter((w) => w.hallId === hallId).map((w) => w.id);
  const matterIds = reference.matters
    .filter((m) => m.windowIds.some((id) => windowIds.includes(id)))
    .map((m) => m.id);
  return JSON.stringify({
    windows: windowIds.map((id) => config.windows.find((w) => w.id === id) ?? null),
    matters: matterIds.map((id) => config.matters.find((m) => m.id === id) ?? null),
  });
}

/** Each hall-day's kind and intervals, keyed by `hallId#date`. */
function dayIndex(days: readonly CalendarDay[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const day of days) {
    for (const hall of day.halls) {
      index.set(`${hall.hallId}#${day.date}`, JSON.stringify([day.kind, hall.intervals]));
    }
  }
  return index;
}
