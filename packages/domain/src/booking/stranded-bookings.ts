import { z } from 'zod';
import { buildCalendar } from '../calendar/build-calendar.js';
import type { CalendarDay } from '../calendar/calendar-day.js';
import { type LocalDate, type LocalTime, minutesOf, SlugSchema } from '../shared/primitives.js';
import { parseShanghaiIso } from '../shared/shanghai-time.js';
import type { TenantConfig } from '../tenant/tenant-config.js';
import { type Booking, BookingCodeSchema, ShanghaiDateTimeSchema } from './booking-schemas.js';
import { matterNotOfferedOn } from './booking-window.js';
import { bucketTimes } from './bucket-times.js';
import { type StrandedReason, StrandedReasonSchema } from './stranded-reason.js';

/** One active booking a configuration change would leave without a place (no personal data). */
export const StrandedBookingSchema = z
  .object({
    code: BookingCodeSchema,
    start: ShanghaiDateTimeSchema,
    matterId: SlugSchema,
    hallId: SlugSchema,
    windowId: SlugSchema,
    reason: StrandedReasonSchema,
  })
  .meta({ id: 'StrandedBooking' });
export type StrandedBooking = z.infer<typeof StrandedBookingSchema>;

export interface StrandingInput {
  before: TenantConfig;
  after: TenantConfig;
  /** The bookings of the hall-days the change may touch, any status (the others are ignored). */
  bookings: readonly Booking[];
  now: Date;
}

/** Booked and not yet started: the bookings a change can strand. */
export function isActiveBooking(booking: Pick<Booking, 'status' | 'start'>, now: Date): boolean {
  return booking.status === 'booked' && Date.parse(booking.start) > now.getTime();
}

/**
 * The active bookings that `after` leaves without a place which `before` still gave them, each
 * with the first reason found (what is gone, then the day, then the window's people). A booking
 * already marked stranded still holds its place but is not reported again.
 */
export function strandedBookings(input: StrandingInput): StrandedBooking[] {
  const active = input.bookings.filter((b) => isActiveBooking(b, input.now));
  const was = reasonsUnder(input.before, active);
  const now = reasonsUnder(input.after, active);
  return active.flatMap((b) => {
    const reason = now.get(b.code);
    if (reason === undefined || was.has(b.code) || b.stranded) return [];
    const { code, start, matterId, hallId, windowId } = b;
    return [{ code, start, matterId, hallId, windowId, reason }];
  });
}

/** Why each booking has no place under `config` (bookings with a place are not in the map). */
function reasonsUnder(config: TenantConfig, bookings: readonly Booking[]): Map<string, StrandedReason> {
  const reasons = new Map<string, StrandedReason>();
  const days = calendarDays(config, bookings);
  for (const b of bookings) {
    const reason = placeReason(config, b, days.get(dayKey(b.hallId, dateOf(b))));
    if (reason) reasons.set(b.code, reason);
  }
  for (const code of overCapacity(
    config,
    bookings.filter((b) => !reasons.has(b.code)),
  )) {
    reasons.set(code, 'over_capacity');
  }
  return reasons;
}

function placeReason(
  config: TenantConfig,
  b: Booking,
  day: CalendarDay | undefined,
): StrandedReason | undefined {
  if (!day) return 'hall_removed';
  const matter = config.matters.find((m) => m.id === b.matterId);
  if (!matter || matter.retired) return 'matter_removed';
  const window = config.windows.find((w) => w.id === b.windowId);
  if (!window || window.retired || window.hallId !== b.hallId || !matter.windowIds.includes(window.id)) {
    return 'window_removed';
  }
  const intervals = day.halls.find((h) => h.hallId === b.hallId)?.intervals ?? [];
  if (intervals.length === 0) return 'day_closed';
  if (matterNotOfferedOn(matter, day)) return 'matter_not_offered';
  const from = minutesOf(parseShanghaiIso(b.start).time);
  const to = from + (Date.parse(b.end) - Date.parse(b.start)) / 60_000;
  const covered = intervals.some((i) => minutesOf(i.from) <= from && to <= minutesOf(i.to));
  return covered ? undefined : 'outside_hours';
}

/**
 * Bookings beyond a window's people in some 5-minute bucket: the earliest booked keep their places
 * (`createdAt`, to the minute; then by code), counted the way the place counters count them (one per bucket of the slot at its window).
 */
function overCapacity(config: TenantConfig, bookings: readonly Booking[]): string[] {
  const people = new Map(config.windows.map((w) => [w.id, w.staffCount]));
  const counts = new Map<string, Map<LocalTime, number>>();
  const over: string[] = [];
  const inOrder = [...bookings].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.code.localeCompare(b.code),
  );
  for (const b of inOrder) {
    const key = dayKey(b.windowId, dateOf(b));
    const taken = counts.get(key) ?? new Map<LocalTime, number>();
    counts.set(key, taken);
    const times = bucketTimes(b.start, b.end);
    const limit = people.get(b.windowId) ?? 0;
    if (times.some((t) => (taken.get(t) ?? 0) >= limit)) {
      over.push(b.code);
      continue;
    }
    for (const t of times) taken.set(t, (taken.get(t) ?? 0) + 1);
  }
  return over;
}

/** The calendar days of the bookings' halls and dates, from the calendar engine; removed halls have none. */
function calendarDays(config: TenantConfig, bookings: readonly Booking[]): Map<string, CalendarDay> {
  const days = new Map<string, CalendarDay>();
  const halls = new Set(config.halls.map((h) => h.id));
  const hallIds = [...new Set(bookings.map((b) => b.hallId))].filter((id) => halls.has(id));
  const dates = bookings.map(dateOf).sort();
  if (hallIds.length === 0 || dates.length === 0) return days;
  for (const day of buildCalendar({ config, from: dates[0]!, to: dates.at(-1)!, hallIds })) {
    for (const hall of day.halls) days.set(dayKey(hall.hallId, day.date), { ...day, halls: [hall] });
  }
  return days;
}

function dateOf(b: Pick<Booking, 'start'>): LocalDate {
  return parseShanghaiIso(b.start).date;
}

function dayKey(id: string, date: LocalDate): string {
  return `${id}#${date}`;
}
