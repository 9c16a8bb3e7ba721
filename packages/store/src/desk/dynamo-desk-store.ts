import { BatchGetCommand, type DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import {
  type DeskStore,
  type HandlingWrite,
  type HandlingWriteOutcome,
  parseShanghaiIso,
  type StoredBooking,
  windowsOfBooking,
} from '@openhall/domain';
import { storedBookingOf } from '../booking/booking-item.js';
import { StoreFailureError } from '../table/errors.js';
import type { TableKey } from '../table/keys.js';
import { queryAll, send } from '../table/send.js';
import { cancellationCodesOf, failedItems } from '../table/transaction-cancellation.js';
import { deskDayPk, dispatchQueuePk, windowDayPk } from './desk-keys.js';
import { bookingKeysOf, bookingsBatchParams, indexPartitionParams } from './desk-read-params.js';
import { saveHandlingParams } from './save-handling-params.js';

/** `DeskStore` on the single table: one Query of an index partition, then the bookings it names. */
export class DynamoDeskStore implements DeskStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async dispatchQueue(tenantId: string): Promise<StoredBooking[]> {
    const bookings = await this.indexed(tenantId, dispatchQueuePk(tenantId), 'reading the dispatch queue');
    return bookings.filter((s) => s.booking.handling?.state === 'new' && s.booking.status === 'booked');
  }

  deskDay(tenantId: string, date: string): Promise<StoredBooking[]> {
    return this.indexed(tenantId, deskDayPk(tenantId, date), 'reading a desk day');
  }

  async windowDay(tenantId: string, windowId: string, date: string): Promise<StoredBooking[]> {
    const bookings = await this.indexed(
      tenantId,
      windowDayPk(tenantId, windowId, date),
      'reading a window day',
    );
    // An entry left behind by a move to another day (or window) names a booking no longer here.
    return bookings.filter(
      (s) =>
        parseShanghaiIso(s.booking.start).date === date && windowsOfBooking(s.booking).includes(windowId),
    );
  }

  async saveHandling(write: HandlingWrite): Promise<HandlingWriteOutcome> {
    const transaction = saveHandlingParams(this.tableName, write);
    const codes = await send(
      'saving a step of the desk flow',
      async () => {
        await this.client.send(new TransactWriteCommand(transaction.params));
        return undefined;
      },
      cancellationCodesOf,
    );
    if (codes === undefined) return 'saved';
    const failed = failedItems(codes, transaction.roles, 'ConditionalCheckFailed');
    if (failed.has('booking') || failed.has('queue')) return 'booking_changed';
    if (codes.includes('TransactionConflict')) return 'conflict';
    throw new StoreFailureError('saving a step of the desk flow', {
      cause: new Error(`transaction cancelled for ${codes.join(', ')}`),
    });
  }

  /** The bookings named by one index partition, in its order. */
  private async indexed(tenantId: string, pk: string, operation: string): Promise<StoredBooking[]> {
    const entries = await queryAll(this.client, operation, (startKey) =>
      indexPartitionParams(this.tableName, pk, startKey),
    );
    const codes = entries.map((e) => String(e.code));
    const keys = bookingKeysOf(tenantId, codes);
    const items: Record<string, unknown>[] = [];
    for (let i = 0; i < keys.length; i += 100)
      items.push(...(await this.batchGet(operation, keys.slice(i, i + 100))));
    const byCode = new Map(items.map((item) => [String(item.code), storedBookingOf(item)]));
    return codes.map((c) => byCode.get(c)).filter((s): s is StoredBooking => s !== undefined);
  }

  private async batchGet(operation: string, keys: TableKey[]): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let pending = keys;
    for (let round = 0; pending.length > 0; round++) {
      if (round > 0) await new Promise((r) => setTimeout(r, Math.min(2 ** round * 10, 200)));
      if (round > 8) throw new StoreFailureError(operation, { cause: new Error('keys left unprocessed') });
      const out = await send(operation, () =>
        this.client.send(new BatchGetCommand(bookingsBatchParams(this.tableName, pending))),
      );
      items.push(...(out.Responses?.[this.tableName] ?? []));
      pending = (out.UnprocessedKeys?.[this.tableName]?.Keys ?? []) as TableKey[];
    }
    return items;
  }
}
