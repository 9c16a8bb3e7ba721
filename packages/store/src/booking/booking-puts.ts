import type { LedgerWrite, StoredBooking } from '@openhall/domain';
import type { TransactItem } from '../table/transact-item.js';
import { bookingItem } from './booking-item.js';
import { epochSeconds, type IdempotencyItem, idempotencyItem } from './idempotency-item.js';
import { personLedgerItem } from './person-ledger-item.js';

/** A new booking: the code must be free (a collision of random codes fails here and gets a new code). */
export function newBookingPut(tableName: string, stored: StoredBooking): TransactItem {
  return {
    Put: { TableName: tableName, Item: bookingItem(stored), ConditionExpression: 'attribute_not_exists(pk)' },
  };
}

/**
 * The booking after a change, written only over the version that was read and only while it is
 * still booked: two changes of one booking cannot both land, and a cancelled booking stays so.
 */
export function changedBookingPut(
  tableName: string,
  before: StoredBooking,
  after: StoredBooking,
): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: bookingItem(after),
      ConditionExpression: '#version = :expected AND #status = :booked',
      ExpressionAttributeNames: { '#version': 'version', '#status': 'status' },
      ExpressionAttributeValues: { ':expected': before.version, ':booked': 'booked' },
    },
  };
}

/** Binds an Idempotency-Key to its booking, unless a live record holds the key already. */
export function idempotencyPut(
  tableName: string,
  tenantId: string,
  record: Omit<IdempotencyItem, 'pk' | 'sk' | 'entity' | 'expiresAt'>,
  now: Date,
): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: idempotencyItem(tenantId, record, now),
      // Time to live removes expired items within days, not at once: an expired one is free to replace.
      ConditionExpression: 'attribute_not_exists(pk) OR #expiresAt < :now',
      ExpressionAttributeNames: { '#expiresAt': 'expiresAt' },
      ExpressionAttributeValues: { ':now': epochSeconds(now) },
    },
  };
}

/** The person's ledger, written only over the version that was read (optimistic lock). */
export function ledgerPut(tableName: string, tenantId: string, write: LedgerWrite, now: Date): TransactItem {
  const condition =
    write.expectedVersion === 0
      ? { ConditionExpression: 'attribute_not_exists(pk)' }
      : {
          ConditionExpression: '#version = :expected',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':expected': write.expectedVersion },
        };
  return { Put: { TableName: tableName, Item: personLedgerItem(tenantId, write, now), ...condition } };
}
