import type { Booking } from '../booking/booking-schemas.js';
import type { DomainEvent } from '../events/domain-event.js';
import type { LocalDate } from '../shared/primitives.js';
import type { StoredBooking } from './booking-store.js';

/** One step of the desk's flow on a booking, written only over the version that was read. */
export interface HandlingWrite {
  before: StoredBooking;
  after: Booking;
  /** Written in the same transaction (the outbox). */
  events: DomainEvent[];
}

export type HandlingWriteOutcome = 'saved' | 'booking_changed' | 'conflict';

/**
 * Port of the desk's lists and steps. Each list is one Query of a narrow index partition (plus a
 * batch read of the bookings it names), never a scan: the requests waiting for dispatch, the
 * requests the desk recorded on a day, and the bookings dispatched to a window on a day.
 */
export interface DeskStore {
  /** Desk and phone requests not yet dispatched, oldest first. */
  dispatchQueue(tenantId: string): Promise<StoredBooking[]>;
  /** Requests the desk recorded on `date` (Asia/Shanghai), in the order recorded. */
  deskDay(tenantId: string, date: LocalDate): Promise<StoredBooking[]>;
  /** Bookings dispatched to a window (as lead or cooperating) starting on `date`, by start. */
  windowDay(tenantId: string, windowId: string, date: LocalDate): Promise<StoredBooking[]>;
  /**
   * The booking after one step, its events, and the index entries the step implies (leaving the
   * dispatch queue; listed under its lead and cooperating windows' day), in one transaction.
   */
  saveHandling(write: HandlingWrite): Promise<HandlingWriteOutcome>;
}
