import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { TransactItem } from '../table/transact-item.js';

/** DynamoDB's ceiling on the items of one TransactWriteItems. */
export const MAX_TRANSACTION_ITEMS = 100;

/**
 * A booking transaction and the role of each of its items, in order: a cancellation reason at
 * index i is about `roles[i]`, so the store can tell a full bucket from a changed ledger.
 */
export interface BookingTransaction<R extends string> {
  params: TransactWriteCommandInput;
  roles: R[];
}

/** Builds the transaction, refusing one DynamoDB would refuse for its size. */
export function bookingTransaction<R extends string>(
  items: readonly { role: R; item: TransactItem }[],
): BookingTransaction<R> {
  if (items.length > MAX_TRANSACTION_ITEMS) {
    throw new RangeError(`a transaction holds at most ${MAX_TRANSACTION_ITEMS} items, not ${items.length}`);
  }
  return { params: { TransactItems: items.map((i) => i.item) }, roles: items.map((i) => i.role) };
}
