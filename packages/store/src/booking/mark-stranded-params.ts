import { bookingChangedEvent, type MarkStrandedWrite } from '@openhall/domain';
import { outboxPut } from '../outbox/outbox-item.js';
import { changedBookingPut } from './booking-puts.js';
import { type BookingTransaction, bookingTransaction } from './booking-transaction.js';

/** Roles of the mark-stranded transaction's items. */
export type MarkStrandedRole = 'booking' | 'event';

/**
 * The booking marked stranded over the version read and only while booked, with its
 * `booking.stranded` event, in one transaction: its place counters and the person's ledger do not
 * change (it still holds its place until the section manager moves or cancels it).
 */
export function markStrandedParams(
  tableName: string,
  write: MarkStrandedWrite,
): BookingTransaction<MarkStrandedRole> {
  const { before, after } = write;
  const marked = { ...before, booking: after, version: before.version + 1 };
  return bookingTransaction<MarkStrandedRole>([
    { role: 'booking', item: changedBookingPut(tableName, before, marked) },
    { role: 'event', item: outboxPut(tableName, bookingChangedEvent(marked, before)) },
  ]);
}
