import type { Booking } from '../booking/booking-schemas.js';
import { bucketTimes } from '../booking/bucket-times.js';
import { isActiveBooking, type StrandedBooking } from '../booking/stranded-bookings.js';
import type { PlacesTaken } from '../booking/window-places.js';
import { minutesOf } from '../shared/primitives.js';
import type { ServiceWindow } from '../tenant/service-window.js';
import type { RosteredPlaces } from './people-at.js';

/** Places as configured (`staffCount`), for a date without a rota. */
export function configuredPlaces(
  windows: readonly Pick<ServiceWindow, 'id' | 'staffCount'>[],
): RosteredPlaces {
  const people = new Map(windows.map((w) => [w.id, w.staffCount]));
  return { placesAt: (windowId) => people.get(windowId) ?? 0 };
}

/** Bookings beyond their window's places in some 5-minute bucket; the earliest booked keep theirs. */
function overPlaces(places: RosteredPlaces, bookings: readonly Booking[]): Set<string> {
  const counts = new Map<string, Map<string, number>>();
  const over = new Set<string>();
  const inOrder = [...bookings].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.code.localeCompare(b.code),
  );
  for (const b of inOrder) {
    const taken = counts.get(b.windowId) ?? new Map<string, number>();
    counts.set(b.windowId, taken);
    const times = bucketTimes(b.start, b.end);
    const full = times.some((t) => {
      const m = minutesOf(t);
      return (taken.get(t) ?? 0) >= places.placesAt(b.windowId, m, m + 5);
    });
    if (full) {
      over.add(b.code);
      continue;
    }
    for (const t of times) taken.set(t, (taken.get(t) ?? 0) + 1);
  }
  return over;
}

/**
 * The active bookings of one hall-day that a rota change leaves without a person to serve them
 * (their window has fewer people rostered than bookings in some bucket), which the places before
 * the change still gave. Earliest booked keep their places, as the place counters filled.
 */
export function strandedByRota(input: {
  bookings: readonly Booking[];
  before: RosteredPlaces;
  after: RosteredPlaces;
  now: Date;
}): StrandedBooking[] {
  const active = input.bookings.filter((b) => isActiveBooking(b, input.now) && !b.stranded);
  const was = overPlaces(input.before, active);
  const now = overPlaces(input.after, active);
  return active
    .filter((b) => now.has(b.code) && !was.has(b.code))
    .map(({ code, start, matterId, hallId, windowId }) => ({
      code,
      start,
      matterId,
      hallId,
      windowId,
      reason: 'over_capacity' as const,
    }));
}

/**
 * The windows that give fewer places after a change than before in some 5-minute bucket of the
 * day: the ones a booking racing the change could overfill, so the save guards them.
 */
export function windowsLosingPlaces(
  windowIds: readonly string[],
  before: RosteredPlaces,
  after: RosteredPlaces,
): string[] {
  return windowIds.filter((id) => {
    for (let m = 0; m < 24 * 60; m += 5) {
      if (after.placesAt(id, m, m + 5) < before.placesAt(id, m, m + 5)) return true;
    }
    return false;
  });
}

/**
 * Whether a hall-day's bookings as listed (an index that may lag) account for exactly the places
 * the counters hold at the given windows: every booking not cancelled holds one place in each
 * bucket of its slot. A rota change decides on the list only when it does.
 */
export function bookingsMatchCounters(
  bookings: readonly Pick<Booking, 'status' | 'windowId' | 'start' | 'end'>[],
  taken: PlacesTaken,
  windowIds: readonly string[],
): boolean {
  const wanted = new Set(windowIds);
  const listed = new Map<string, number>();
  for (const b of bookings) {
    if (b.status === 'cancelled' || !wanted.has(b.windowId)) continue;
    for (const t of bucketTimes(b.start, b.end)) {
      const k = `${b.windowId}#${t}`;
      listed.set(k, (listed.get(k) ?? 0) + 1);
    }
  }
  const counted = new Map<string, number>();
  for (const [windowId, times] of taken) {
    if (!wanted.has(windowId)) continue;
    for (const [t, n] of times) if (n !== 0) counted.set(`${windowId}#${t}`, n);
  }
  return listed.size === counted.size && [...listed].every(([k, n]) => counted.get(k) === n);
}
