import type { CreateBookingWrite } from '@openhall/domain';
import { bookingChangedEvent, bucketsOf } from '@openhall/domain';
import { newRequestIndexPuts, windowDayPuts } from '../desk/desk-index-items.js';
import { outboxPut } from '../outbox/outbox-item.js';
import { bookingGuardUpdate } from '../rota/places-guard.js';
import { idempotencyPut, ledgerPut, newBookingPut } from './booking-puts.js';
import { type BookingTransaction, bookingTransaction } from './booking-transaction.js';
import { takePlaceUpdate } from './place-counter-updates.js';

/** Roles of the create transaction's items: the three fixed ones, then one `place` per bucket. */
export type CreateBookingRole = 'booking' | 'idempotency' | 'ledger' | 'event' | 'rota' | 'place' | 'index';

/**
 * A booking in one transaction: the booking (only under a free code), the Idempotency-Key bound to
 * it (only if free), the person's ledger moved on (only from the version read), and one place taken
 * in every 5-minute bucket the slot covers at its window (each only below the window's limit). All
 * land or none does, so a window's people are never sold twice at one moment, whatever the matter
 * or the concurrency. Its `booking.created` event goes in the same transaction (the outbox). The
 * window's places guard moves on, only while no rota saved after the version the places were read
 * from took places there (the race with a rota change, both ways). A 240-minute slot is 48
 * buckets: 53 items, within DynamoDB's 100.
 */
export function createBookingParams(
  tableName: string,
  write: CreateBookingWrite,
): BookingTransaction<CreateBookingRole> {
  const { booking } = write;
  const tenantId = booking.tenantId;
  const stored = { booking, version: 1, personId: write.personId, notice: write.notice };
  const idempotency = {
    key: write.idempotency.key,
    requestHash: write.idempotency.requestHash,
    code: booking.code,
  };
  return bookingTransaction<CreateBookingRole>([
    { role: 'booking', item: newBookingPut(tableName, stored) },
    { role: 'idempotency', item: idempotencyPut(tableName, tenantId, idempotency, write.now) },
    { role: 'ledger', item: ledgerPut(tableName, tenantId, write.ledger, write.now) },
    { role: 'event', item: outboxPut(tableName, bookingChangedEvent(stored)) },
    ...bucketsOf(booking).map((bucket) => ({
      role: 'place' as const,
      item: takePlaceUpdate(tableName, tenantId, bucket, write.placeLimit),
    })),
    // A desk or phone request joins its desk day and the dispatch queue in the same write.
    ...newRequestIndexPuts(tableName, booking).map((item) => ({ role: 'index' as const, item })),
    {
      role: 'rota' as const,
      item: bookingGuardUpdate(tableName, tenantId, placeOf(booking), write.rotaVersion ?? 0),
    },
    // 一件事一次办: a bundle booking is listed at once under every window of the bundle on its day.
    ...windowDayPuts(tableName, booking).map((item) => ({ role: 'index' as const, item })),
  ]);
}

/** The window and hall-day whose places a booking takes. */
export function placeOf(booking: { hallId: string; windowId: string; start: string }) {
  return { hallId: booking.hallId, date: booking.start.slice(0, 10), windowId: booking.windowId };
}
