import type { GetCommandInput, QueryCommandInput, UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import type { QueueWrite, TicketBookingChange } from '@openhall/domain';
import { bookingItem } from '../booking/booking-item.js';
import { type BookingTransaction, bookingTransaction } from '../booking/booking-transaction.js';
import { outboxPut } from '../outbox/outbox-item.js';
import type { TransactItem } from '../table/transact-item.js';
import { counterKey, queuePk, TICKET_SK_PREFIX, ticketPointerKey } from './queue-keys.js';
import { ticketItem } from './ticket-item.js';

/** ADD 1 to a category's counter of the day; the answer (UPDATED_NEW) is this ticket's number. */
export function nextNumberParams(
  tableName: string,
  tenantId: string,
  q: { hallId: string; date: string; categoryId: string },
): UpdateCommandInput {
  return {
    TableName: tableName,
    Key: counterKey(tenantId, q.hallId, q.date, q.categoryId),
    UpdateExpression: 'ADD #n :one SET #entity = :entity',
    ExpressionAttributeNames: { '#n': 'n', '#entity': 'entity' },
    ExpressionAttributeValues: { ':one': 1, ':entity': 'TicketCounter' },
    ReturnValues: 'UPDATED_NEW',
  };
}

/** The whole queue of a hall-day (its tickets, not its counters), strongly consistent. */
export function queueParams(
  tableName: string,
  tenantId: string,
  hallId: string,
  date: string,
  startKey?: Record<string, unknown>,
): QueryCommandInput {
  return {
    TableName: tableName,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': queuePk(tenantId, hallId, date), ':prefix': TICKET_SK_PREFIX },
    ConsistentRead: true,
    ...(startKey ? { ExclusiveStartKey: startKey } : {}),
  };
}

export function ticketPointerParams(tableName: string, tenantId: string, code: string): GetCommandInput {
  return { TableName: tableName, Key: ticketPointerKey(tenantId, code), ConsistentRead: true };
}

/** The booking after a check-in or a completion, over the version and the status read. */
function bookingPut(tableName: string, change: TicketBookingChange): TransactItem {
  const { before, after } = change;
  return {
    Put: {
      TableName: tableName,
      Item: bookingItem({ ...before, booking: after, version: before.version + 1 }),
      ConditionExpression: '#version = :expected AND #status = :status',
      ExpressionAttributeNames: { '#version': 'version', '#status': 'status' },
      ExpressionAttributeValues: { ':expected': before.version, ':status': before.booking.status },
    },
  };
}

export type QueueRole = 'ticket' | 'pointer' | 'booking' | 'event';

/** A new ticket, its code's pointer, a checked-in booking if any, and the events. */
export function createTicketParams(tableName: string, write: QueueWrite): BookingTransaction<QueueRole> {
  const { ticket } = write.ticket;
  return bookingTransaction<QueueRole>([
    {
      role: 'ticket',
      item: {
        Put: {
          TableName: tableName,
          Item: ticketItem(write.ticket),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    {
      role: 'pointer',
      item: {
        Put: {
          TableName: tableName,
          Item: {
            ...ticketPointerKey(ticket.tenantId, ticket.code),
            entity: 'TicketPointer',
            hallId: ticket.hallId,
            date: ticket.date,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    ...(write.booking ? [{ role: 'booking' as const, item: bookingPut(tableName, write.booking) }] : []),
    ...write.events.map((e) => ({ role: 'event' as const, item: outboxPut(tableName, e) })),
  ]);
}

/** The ticket over the version read (so two windows never both call it), a booking if it changes, the events. */
export function saveTicketParams(
  tableName: string,
  write: QueueWrite & { expectedVersion: number },
): BookingTransaction<QueueRole> {
  return bookingTransaction<QueueRole>([
    {
      role: 'ticket',
      item: {
        Put: {
          TableName: tableName,
          Item: ticketItem(write.ticket),
          ConditionExpression: '#version = :expected',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':expected': write.expectedVersion },
        },
      },
    },
    ...(write.booking ? [{ role: 'booking' as const, item: bookingPut(tableName, write.booking) }] : []),
    ...write.events.map((e) => ({ role: 'event' as const, item: outboxPut(tableName, e) })),
  ]);
}
