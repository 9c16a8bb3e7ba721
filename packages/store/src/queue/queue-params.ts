import type { GetCommandInput, QueryCommandInput, UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import type { QueueWrite, StoredTicket, TicketBookingChange } from '@openhall/domain';
import { bookingItem } from '../booking/booking-item.js';
import { type BookingTransaction, bookingTransaction } from '../booking/booking-transaction.js';
import { outboxPut } from '../outbox/outbox-item.js';
import type { TransactItem } from '../table/transact-item.js';
import {
  CALL_SK_PREFIX,
  counterKey,
  firstCallKey,
  LIVE_SK_PREFIX,
  OPEN_SK_PREFIX,
  OPEN_STATUSES,
  openTicketKey,
  queuePk,
  servedCategoryKey,
  servedWindowKey,
  TICKET_SK_PREFIX,
  ticketPointerKey,
} from './queue-keys.js';
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

/** One sort-key prefix of a hall-day's partition, strongly consistent: the queue's reads differ only by it. */
function hallDayQuery(
  tableName: string,
  tenantId: string,
  at: { hallId: string; date: string; prefix: string },
  options: Partial<QueryCommandInput> = {},
): QueryCommandInput {
  return {
    TableName: tableName,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': queuePk(tenantId, at.hallId, at.date), ':prefix': at.prefix },
    ConsistentRead: true,
    ...options,
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
  return hallDayQuery(
    tableName,
    tenantId,
    { hallId, date, prefix: TICKET_SK_PREFIX },
    startKey ? { ExclusiveStartKey: startKey } : {},
  );
}

/** The open tickets of a hall-day (their `OPEN#` copies), strongly consistent. */
export function openQueueParams(
  tableName: string,
  tenantId: string,
  hallId: string,
  date: string,
  startKey?: Record<string, unknown>,
): QueryCommandInput {
  return hallDayQuery(
    tableName,
    tenantId,
    { hallId, date, prefix: OPEN_SK_PREFIX },
    startKey ? { ExclusiveStartKey: startKey } : {},
  );
}

/** The last `limit` first calls of a hall-day, newest first: reads `limit` items at most. */
export function recentCallsParams(
  tableName: string,
  tenantId: string,
  hallId: string,
  date: string,
  limit: number,
): QueryCommandInput {
  return hallDayQuery(
    tableName,
    tenantId,
    { hallId, date, prefix: CALL_SK_PREFIX },
    { ScanIndexForward: false, Limit: limit },
  );
}

/** The live range of a hall-day: its open tickets and its served counters (one per category and window), never its served tickets. */
export function liveQueueParams(
  tableName: string,
  tenantId: string,
  hallId: string,
  date: string,
  startKey?: Record<string, unknown>,
): QueryCommandInput {
  return {
    TableName: tableName,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': queuePk(tenantId, hallId, date), ':prefix': LIVE_SK_PREFIX },
    ConsistentRead: true,
    ...(startKey ? { ExclusiveStartKey: startKey } : {}),
  };
}

/**
 * The ticket's open copy put while it is open, deleted once it is not (finished, missed): written in
 * the ticket's own transaction, so the open range never disagrees with the tickets.
 */
function openItem(tableName: string, stored: StoredTicket): TransactItem {
  const { ticket } = stored;
  if (OPEN_STATUSES.has(ticket.status))
    return {
      Put: {
        TableName: tableName,
        Item: { ...ticketItem(stored), ...openTicketKey(ticket.tenantId, ticket), entity: 'OpenTicket' },
      },
    };
  return { Delete: { TableName: tableName, Key: openTicketKey(ticket.tenantId, ticket) } };
}

/** A called ticket's first call (the same key on every later call, so writing it again changes nothing). */
function firstCallItem(tableName: string, stored: StoredTicket): TransactItem | undefined {
  const { ticket } = stored;
  const calledAt = ticket.record.calledAt;
  if (ticket.status !== 'called' || calledAt === undefined) return undefined;
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...firstCallKey(ticket.tenantId, ticket, calledAt),
        entity: 'TicketFirstCall',
        code: ticket.code,
        number: ticket.number,
        priority: ticket.priority,
        calledAt,
        expiresAt: ticketItem(stored).expiresAt,
      },
    },
  };
}

/**
 * The served counters a completion adds to (ADD), in the completion's own transaction, so a service
 * is counted exactly when it is recorded: the category's counter at the window, and the window's.
 * Empty unless this change is the completion.
 */
export function servedUpdatesOf(tableName: string, stored: StoredTicket): TransactItem[] {
  const { ticket } = stored;
  if (ticket.status !== 'finished' || ticket.history.at(-1)?.action !== 'completed') return [];
  const { acceptedAt, completedAt } = ticket.record;
  const ms =
    acceptedAt && completedAt ? Math.max(0, Date.parse(completedAt) - Date.parse(acceptedAt)) : undefined;
  const expiresAt = ticketItem(stored).expiresAt;
  const out: NonNullable<TransactItem['Update']>[] = [];
  if (ms !== undefined)
    out.push({
      TableName: tableName,
      Key: servedCategoryKey(ticket.tenantId, ticket.hallId, ticket.date, ticket.categoryId, ticket.windowId),
      UpdateExpression: 'ADD #count :one, #ms :ms SET #entity = :entity, #category = :category, #exp = :exp',
      ExpressionAttributeNames: {
        '#count': 'count',
        '#ms': 'serviceMs',
        '#entity': 'entity',
        '#category': 'categoryId',
        '#exp': 'expiresAt',
      },
      ExpressionAttributeValues: {
        ':one': 1,
        ':ms': ms,
        ':entity': 'ServedCategory',
        ':category': ticket.categoryId,
        ':exp': expiresAt,
      },
    });
  if (ticket.windowId)
    out.push({
      TableName: tableName,
      Key: servedWindowKey(ticket.tenantId, ticket.hallId, ticket.date, ticket.windowId),
      UpdateExpression: 'ADD #count :one SET #entity = :entity, #window = :window, #exp = :exp',
      ExpressionAttributeNames: {
        '#count': 'count',
        '#entity': 'entity',
        '#window': 'windowId',
        '#exp': 'expiresAt',
      },
      ExpressionAttributeValues: {
        ':one': 1,
        ':entity': 'ServedWindow',
        ':window': ticket.windowId,
        ':exp': expiresAt,
      },
    });
  return out.map((Update) => ({ Update }));
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

export type QueueRole = 'ticket' | 'open' | 'call' | 'pointer' | 'booking' | 'event' | 'served';

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
    { role: 'open', item: openItem(tableName, write.ticket) },
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
  const call = firstCallItem(tableName, write.ticket);
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
    { role: 'open', item: openItem(tableName, write.ticket) },
    ...(call ? [{ role: 'call' as const, item: call }] : []),
    ...(write.booking ? [{ role: 'booking' as const, item: bookingPut(tableName, write.booking) }] : []),
    ...write.events.map((e) => ({ role: 'event' as const, item: outboxPut(tableName, e) })),
    ...servedUpdatesOf(tableName, write.ticket).map((item) => ({ role: 'served' as const, item })),
  ]);
}
