import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { QueueStore, QueueWrite, RecentCall, ServedTally, StoredTicket } from '@openhall/domain';
import type { BookingTransaction } from '../booking/booking-transaction.js';
import { StoreFailureError } from '../table/errors.js';
import { queryAll, send } from '../table/send.js';
import { cancellationCodesOf, failedItems } from '../table/transaction-cancellation.js';
import { ticketKey } from './queue-keys.js';
import {
  createTicketParams,
  liveQueueParams,
  nextNumberParams,
  openQueueParams,
  type QueueRole,
  queueParams,
  recentCallsParams,
  saveTicketParams,
  ticketPointerParams,
} from './queue-params.js';
import { storedTicketOf } from './ticket-item.js';

/** `QueueStore` on the single table: requests built by the pure params of `queue-params.ts`, sent here. */
export class DynamoQueueStore implements QueueStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async nextNumber(tenantId: string, hallId: string, date: string, categoryId: string): Promise<number> {
    const out = await send('numbering a ticket', () =>
      this.client.send(
        new UpdateCommand(nextNumberParams(this.tableName, tenantId, { hallId, date, categoryId })),
      ),
    );
    const n = out.Attributes?.n;
    if (typeof n !== 'number')
      throw new StoreFailureError('numbering a ticket', { cause: new Error('no number back') });
    return n;
  }

  async createTicket(write: QueueWrite): Promise<'created' | 'code_taken' | 'booking_changed'> {
    const failed = await this.transact('issuing a ticket', createTicketParams(this.tableName, write));
    if (failed === undefined) return 'created';
    if (failed.has('booking')) return 'booking_changed';
    if (failed.has('ticket') || failed.has('pointer')) return 'code_taken';
    return 'booking_changed';
  }

  async saveTicket(
    write: QueueWrite & { expectedVersion: number },
  ): Promise<'saved' | 'ticket_changed' | 'booking_changed'> {
    const failed = await this.transact('changing a ticket', saveTicketParams(this.tableName, write));
    if (failed === undefined) return 'saved';
    if (failed.has('booking')) return 'booking_changed';
    return 'ticket_changed';
  }

  async queueOf(tenantId: string, hallId: string, date: string): Promise<StoredTicket[]> {
    const items = await queryAll(this.client, 'reading a queue', (startKey) =>
      queueParams(this.tableName, tenantId, hallId, date, startKey),
    );
    return items.map(storedTicketOf);
  }

  async openQueueOf(tenantId: string, hallId: string, date: string): Promise<StoredTicket[]> {
    const items = await queryAll(this.client, 'reading the open queue', (startKey) =>
      openQueueParams(this.tableName, tenantId, hallId, date, startKey),
    );
    return items.map(storedTicketOf);
  }

  async recentCalls(tenantId: string, hallId: string, date: string, limit: number): Promise<RecentCall[]> {
    if (limit <= 0) return [];
    const out = await send('reading the recent calls', () =>
      this.client.send(new QueryCommand(recentCallsParams(this.tableName, tenantId, hallId, date, limit))),
    );
    return (out.Items ?? []).map((i) => ({
      calledAt: String(i.calledAt),
      number: String(i.number),
      priority: i.priority === true,
    }));
  }

  async liveQueueOf(
    tenantId: string,
    hallId: string,
    date: string,
  ): Promise<{ open: StoredTicket[]; served: ServedTally }> {
    const items = await queryAll(this.client, 'reading the live queue', (startKey) =>
      liveQueueParams(this.tableName, tenantId, hallId, date, startKey),
    );
    const open: StoredTicket[] = [];
    const tally: ServedTally = { categories: {}, windows: {} };
    for (const i of items) {
      if (i.entity === 'OpenTicket') {
        open.push(storedTicketOf(i));
        continue;
      }
      const count = typeof i.count === 'number' ? i.count : 0;
      if (i.entity === 'ServedCategory' && typeof i.categoryId === 'string') {
        // One counter per window that served the category: added up.
        const sum = tally.categories[i.categoryId] ?? { count: 0, serviceMs: 0 };
        tally.categories[i.categoryId] = {
          count: sum.count + count,
          serviceMs: sum.serviceMs + (typeof i.serviceMs === 'number' ? i.serviceMs : 0),
        };
      } else if (i.entity === 'ServedWindow' && typeof i.windowId === 'string')
        tally.windows[i.windowId] = count;
    }
    return { open, served: tally };
  }

  async getTicket(tenantId: string, code: string): Promise<StoredTicket | undefined> {
    const pointer = await send('finding a ticket', () =>
      this.client.send(new GetCommand(ticketPointerParams(this.tableName, tenantId, code))),
    );
    const at = pointer.Item as { hallId?: string; date?: string } | undefined;
    if (!at?.hallId || !at.date) return undefined;
    const out = await send('reading a ticket', () =>
      this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: ticketKey(tenantId, { hallId: at.hallId!, date: at.date!, code }),
          ConsistentRead: true,
        }),
      ),
    );
    return out.Item ? storedTicketOf(out.Item) : undefined;
  }

  /** Undefined when it landed; else the roles whose condition failed (empty for a conflict). */
  private async transact(
    operation: string,
    transaction: BookingTransaction<QueueRole>,
  ): Promise<Set<QueueRole> | undefined> {
    const codes = await send(
      operation,
      async () => {
        await this.client.send(new TransactWriteCommand(transaction.params));
        return undefined;
      },
      cancellationCodesOf,
    );
    if (codes === undefined) return undefined;
    const failed = failedItems(codes, transaction.roles, 'ConditionalCheckFailed');
    if (failed.size > 0 || codes.includes('TransactionConflict')) return failed;
    throw new StoreFailureError(operation, {
      cause: new Error(`transaction cancelled for ${codes.join(', ')}`),
    });
  }
}
