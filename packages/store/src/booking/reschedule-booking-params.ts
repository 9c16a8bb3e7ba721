import { bookingChangedEvent, bucketChanges, type RescheduleBookingWrite } from '@openhall/domain';
import { windowDayPuts } from '../desk/desk-index-items.js';
import { outboxPut } from '../outbox/outbox-item.js';
import { bookingGuardUpdate } from '../rota/places-guard.js';
import { changedBookingPut, ledgerPut } from './booking-puts.js';
import { type BookingTransaction, bookingTransaction } from './booking-transaction.js';
import { placeOf } from './create-booking-params.js';
import { releasePlaceUpdate, takePlaceUpdate } from './place-counter-updates.js';

/** Roles of the reschedule transaction's items. */
export type RescheduleBookingRole = 'booking' | 'ledger' | 'event' | 'rota' | 'released' | 'taken' | 'index';

/**
 * Moves a booking in one transaction: the booking rewritten over the version read, the ledger moved
 * on, and the net change of the counters: buckets only the old slot covers given back, buckets only
 * the new one covers taken (each only below the new window's limit), buckets both cover on the same
 * window left alone, since the place there is the booking's own already and DynamoDB refuses two
 * operations on one item. A place is never lost nor held twice. Its `booking.rescheduled` event goes
 * in the same transaction. A move that takes places moves the new window's places guard on, as a
 * create does. At most 3 + 1 + 48 + 48 items.
 */
export function rescheduleBookingParams(
  tableName: string,
  write: RescheduleBookingWrite,
): BookingTransaction<RescheduleBookingRole> {
  const { before, after } = write;
  const tenantId = before.booking.tenantId;
  const { release, take } = bucketChanges(before.booking, after);
  const moved = { ...before, booking: after, version: before.version + 1, notice: write.notice };
  return bookingTransaction<RescheduleBookingRole>([
    { role: 'booking', item: changedBookingPut(tableName, before, moved) },
    { role: 'ledger', item: ledgerPut(tableName, tenantId, write.ledger, write.now) },
    { role: 'event', item: outboxPut(tableName, bookingChangedEvent(moved, before)) },
    ...release.map((bucket) => ({
      role: 'released' as const,
      item: releasePlaceUpdate(tableName, tenantId, bucket),
    })),
    ...take.map((bucket) => ({
      role: 'taken' as const,
      item: takePlaceUpdate(tableName, tenantId, bucket, write.placeLimit),
    })),
    ...(take.length > 0
      ? [
          {
            role: 'rota' as const,
            item: bookingGuardUpdate(tableName, tenantId, placeOf(after), write.rotaVersion ?? 0),
          },
        ]
      : []),
    // 一件事一次办: a bundle booking is listed under its windows on its new day (the old entries are
    // passed over by the window-day read, which checks the booking's day and windows).
    ...(after.bundle ? windowDayPuts(tableName, after) : []).map((item) => ({
      role: 'index' as const,
      item,
    })),
  ]);
}
