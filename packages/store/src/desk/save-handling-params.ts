import type { HandlingWrite } from '@openhall/domain';
import { bookingItem } from '../booking/booking-item.js';
import { type BookingTransaction, bookingTransaction } from '../booking/booking-transaction.js';
import { outboxPut } from '../outbox/outbox-item.js';
import { windowDayPuts } from './desk-index-items.js';
import { dispatchQueueKey } from './desk-keys.js';

export type HandlingRole = 'booking' | 'queue' | 'index' | 'event';

/**
 * One step of the desk's flow in one transaction: the booking over the version and status read (so
 * two managers dispatching one request cannot both land: the second finds the version moved and,
 * reading again, the request dispatched), the dispatch-queue entry removed when it leaves the queue
 * (only if still there), its windows' day entries, and the step's events in the outbox.
 */
export function saveHandlingParams(
  tableName: string,
  write: HandlingWrite,
): BookingTransaction<HandlingRole> {
  const { before, after } = write;
  const leavesQueue = before.booking.handling?.state === 'new' && after.handling?.state !== 'new';
  return bookingTransaction<HandlingRole>([
    {
      role: 'booking',
      item: {
        Put: {
          TableName: tableName,
          Item: bookingItem({ ...before, booking: after, version: before.version + 1 }),
          ConditionExpression: '#version = :expected AND #status = :status',
          ExpressionAttributeNames: { '#version': 'version', '#status': 'status' },
          ExpressionAttributeValues: { ':expected': before.version, ':status': before.booking.status },
        },
      },
    },
    ...(leavesQueue
      ? [
          {
            role: 'queue' as const,
            item: {
              Delete: {
                TableName: tableName,
                Key: dispatchQueueKey(before.booking),
                ConditionExpression: 'attribute_exists(pk)',
              },
            },
          },
        ]
      : []),
    ...(after.status === 'booked' ? windowDayPuts(tableName, after) : []).map((item) => ({
      role: 'index' as const,
      item,
    })),
    ...write.events.map((event) => ({ role: 'event' as const, item: outboxPut(tableName, event) })),
  ]);
}
