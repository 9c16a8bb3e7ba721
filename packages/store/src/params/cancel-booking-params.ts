import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { CancelBookingWrite } from '@openhall/domain';
import { changedBookingPut, ledgerPut } from './booking-puts.js';
import { releasePlaceUpdate } from './slot-counter-updates.js';

/** What each position of the cancel transaction holds. */
export const CANCEL_BOOKING_ITEMS = ['releasedSlot', 'booking', 'ledger'] as const;

/**
 * Cancels in one transaction: the place given back, the booking marked cancelled over the version
 * read (so a second cancel fails its condition instead of giving the place back twice), and the
 * person's ledger without it.
 */
export function cancelBookingParams(tableName: string, write: CancelBookingWrite): TransactWriteCommandInput {
  const { before, after } = write;
  const tenantId = before.booking.tenantId;
  return {
    TransactItems: [
      releasePlaceUpdate(tableName, tenantId, before.booking),
      changedBookingPut(tableName, before, { ...before, booking: after, version: before.version + 1 }),
      ledgerPut(tableName, tenantId, write.ledger, write.now),
    ],
  };
}
