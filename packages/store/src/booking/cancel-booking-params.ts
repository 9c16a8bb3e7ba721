import { bookingChangedEvent, bucketsOf, type CancelBookingWrite } from '@openhall/domain';
import { outboxPut } from '../outbox/outbox-item.js';
import { changedBookingPut, ledgerPut } from './booking-puts.js';
import { type BookingTransaction, bookingTransaction } from './booking-transaction.js';
import { releasePlaceUpdate } from './place-counter-updates.js';

/** Roles of the cancel transaction's items. */
export type CancelBookingRole = 'booking' | 'ledger' | 'event' | 'released';

/**
 * Cancels in one transaction: the booking marked cancelled over the version read (so a second
 * cancel fails its condition instead of giving the places back twice), the person's ledger without
 * it, its place given back in every bucket it held at its window, and its `booking.cancelled` event.
 */
export function cancelBookingParams(
  tableName: string,
  write: CancelBookingWrite,
): BookingTransaction<CancelBookingRole> {
  const { before, after } = write;
  const tenantId = before.booking.tenantId;
  const cancelled = { ...before, booking: after, version: before.version + 1 };
  return bookingTransaction<CancelBookingRole>([
    { role: 'booking', item: changedBookingPut(tableName, before, cancelled) },
    { role: 'ledger', item: ledgerPut(tableName, tenantId, write.ledger, write.now) },
    { role: 'event', item: outboxPut(tableName, bookingChangedEvent(cancelled, before)) },
    ...bucketsOf(before.booking).map((bucket) => ({
      role: 'released' as const,
      item: releasePlaceUpdate(tableName, tenantId, bucket),
    })),
  ]);
}
