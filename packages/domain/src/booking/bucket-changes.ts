import type { LocalDate, LocalTime } from '../shared/primitives.js';
import { parseShanghaiIso } from '../shared/shanghai-time.js';
import type { Booking } from './booking-schemas.js';
import { bucketTimes } from './bucket-times.js';

/** One 5-minute bucket of one window on one hall-day: the unit capacity is counted in. */
export interface PlaceBucket {
  hallId: string;
  date: LocalDate;
  windowId: string;
  time: LocalTime;
}

/** Every bucket a booking holds a place in: its window, over its slot. */
export function bucketsOf(booking: Pick<Booking, 'hallId' | 'windowId' | 'start' | 'end'>): PlaceBucket[] {
  const { date } = parseShanghaiIso(booking.start);
  return bucketTimes(booking.start, booking.end).map((time) => ({
    hallId: booking.hallId,
    date,
    windowId: booking.windowId,
    time,
  }));
}

const identity = (b: PlaceBucket) => `${b.hallId} ${b.date} ${b.windowId} ${b.time}`;

/**
 * What moving a booking does to the counters, bucket by bucket: the buckets only the old slot
 * covers are given back, those only the new one covers are taken, and a bucket both cover (same
 * window, same day, same time) is left alone. So a move that overlaps itself never holds a place
 * twice, and no counter appears twice in the one transaction (DynamoDB refuses that). Moving to
 * another window shares no bucket: everything old is given back and everything new taken.
 */
export function bucketChanges(
  before: Pick<Booking, 'hallId' | 'windowId' | 'start' | 'end'>,
  after: Pick<Booking, 'hallId' | 'windowId' | 'start' | 'end'>,
): { release: PlaceBucket[]; take: PlaceBucket[] } {
  const old = bucketsOf(before);
  const next = bucketsOf(after);
  const oldIds = new Set(old.map(identity));
  const nextIds = new Set(next.map(identity));
  return {
    release: old.filter((b) => !nextIds.has(identity(b))),
    take: next.filter((b) => !oldIds.has(identity(b))),
  };
}
