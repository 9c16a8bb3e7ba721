import type { DomainEvent } from '../events/domain-event.js';
import { newEvent } from '../events/new-event.js';
import type { StoredBooking } from '../ports/booking-store.js';
import type { Booking } from './booking-schemas.js';

/**
 * A booking's event id: one per version of the booking, so the same change (a retried transaction)
 * names the same event and the outbox's `attribute_not_exists` keeps it once.
 */
export function bookingEventId(code: string, version: number): string {
  return `booking.${code}.v${version}`;
}

/** The facts every booking event carries (ids and times, never the applicant). */
export function bookingEventFacts(booking: Booking, version: number) {
  return {
    code: booking.code,
    matterId: booking.matterId,
    ...(booking.departmentId ? { departmentId: booking.departmentId } : {}),
    hallId: booking.hallId,
    windowId: booking.windowId,
    start: booking.start,
    end: booking.end,
    bookingVersion: version,
  };
}

/**
 * The event of a booking's latest change (its last history entry): created, rescheduled, cancelled,
 * stranded, checked-in or no-show; ids and times only, never the applicant. `before` is the stored
 * booking the change was made from (absent when created).
 */
export function bookingChangedEvent(after: StoredBooking, before?: StoredBooking): DomainEvent {
  const { booking, version } = after;
  const change = booking.history.at(-1);
  if (!change) throw new Error(`booking ${booking.code} has no history`);
  const base = {
    eventId: bookingEventId(booking.code, version),
    tenantId: booking.tenantId,
    at: new Date(change.at),
    actor: change.actor,
    subjectId: booking.code,
  };
  const facts = bookingEventFacts(booking, version);
  switch (change.action) {
    case 'created':
      return newEvent({ ...base, type: 'booking.created', data: { ...facts, channel: booking.channel } });
    case 'rescheduled': {
      const old = before?.booking ?? booking;
      const previous = {
        start: change.previous?.start ?? old.start,
        end: change.previous?.end ?? old.end,
        windowId: old.windowId,
      };
      return newEvent({ ...base, type: 'booking.rescheduled', data: { ...facts, previous } });
    }
    case 'cancelled':
      return newEvent({ ...base, type: 'booking.cancelled', data: facts });
    case 'stranded': {
      const mark = booking.stranded;
      if (!mark) throw new Error(`booking ${booking.code} has a stranded entry but no mark`);
      return newEvent({
        ...base,
        type: 'booking.stranded',
        data: { ...facts, reason: mark.reason, configVersion: mark.configVersion },
      });
    }
    case 'checked-in':
      throw new Error('a check-in is told by the queue, with its appointment ticket (booking.checked-in v2)');
    case 'no-show':
      return newEvent({ ...base, type: 'booking.no-show', data: facts });
    case 'completed':
      throw new Error('a completed booking is told by its service record, not a booking event');
    default:
      // The desk's steps (dispatched, signed-for, contacted …) write their own events.
      throw new Error(`booking change "${change.action}" has an event of its own feature`);
  }
}
