import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { CreateBookingWrite } from '@openhall/domain';
import { idempotencyPut, ledgerPut, newBookingPut } from './booking-puts.js';
import { takePlaceUpdate } from './slot-counter-updates.js';

/** What each position of the create transaction holds; a cancellation reason at index i is about item i. */
export const CREATE_BOOKING_ITEMS = ['slot', 'booking', 'idempotency', 'ledger'] as const;

/**
 * A booking in one transaction: a place taken in the slot (only below its limit), the booking
 * (only under a free code), the Idempotency-Key bound to it (only if free), and the person's
 * ledger moved on (only from the version read). All land or none does, so a slot is never sold
 * beyond its limit and a person never beyond theirs, whatever the concurrency.
 */
export function createBookingParams(tableName: string, write: CreateBookingWrite): TransactWriteCommandInput {
  const { booking } = write;
  const tenantId = booking.tenantId;
  return {
    TransactItems: [
      takePlaceUpdate(tableName, tenantId, booking, write.slotLimit),
      newBookingPut(tableName, { booking, version: 1, personId: write.personId }),
      idempotencyPut(
        tableName,
        tenantId,
        { key: write.idempotency.key, requestHash: write.idempotency.requestHash, code: booking.code },
        write.now,
      ),
      ledgerPut(tableName, tenantId, write.ledger, write.now),
    ],
  };
}
