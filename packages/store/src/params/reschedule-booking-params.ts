import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { RescheduleBookingWrite } from '@openhall/domain';
import { changedBookingPut, ledgerPut } from './booking-puts.js';
import { releasePlaceUpdate, takePlaceUpdate } from './slot-counter-updates.js';

/** What each position of the reschedule transaction holds. */
export const RESCHEDULE_BOOKING_ITEMS = ['releasedSlot', 'takenSlot', 'booking', 'ledger'] as const;

/**
 * Moves a booking in one transaction: the old place given back, a new one taken (only below the
 * new slot's limit), the booking rewritten over the version read, the ledger moved on. A place is
 * never lost (given back without being taken) nor held twice.
 */
export function rescheduleBookingParams(
  tableName: string,
  write: RescheduleBookingWrite,
): TransactWriteCommandInput {
  const { before, after } = write;
  if (before.booking.start === after.start) {
    throw new RangeError('a reschedule must change the start: one transaction cannot touch a counter twice');
  }
  const tenantId = before.booking.tenantId;
  return {
    TransactItems: [
      releasePlaceUpdate(tableName, tenantId, before.booking),
      takePlaceUpdate(tableName, tenantId, after, write.slotLimit),
      changedBookingPut(tableName, before, { ...before, booking: after, version: before.version + 1 }),
      ledgerPut(tableName, tenantId, write.ledger, write.now),
    ],
  };
}
