import {
  BatchGetCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import type {
  BookingStore,
  CancelBookingOutcome,
  CancelBookingWrite,
  CreateBookingOutcome,
  CreateBookingWrite,
  IdempotencyRecord,
  MarkStrandedOutcome,
  MarkStrandedWrite,
  PersonLedger,
  PlacesQuery,
  PlacesTaken,
  RescheduleBookingOutcome,
  RescheduleBookingWrite,
  StoredBooking,
  WriteContext,
} from '@openhall/domain';
import { StoreFailureError } from '../table/errors.js';
import { queryAll, send } from '../table/send.js';
import { cancellationCodesOf, failedItems } from '../table/transaction-cancellation.js';
import { storedBookingOf } from './booking-item.js';
import {
  getBookingParams,
  getIdempotencyParams,
  getLedgerParams,
  hallDayBookingsParams,
  placeCounterReads,
  queryPlaceCountersParams,
} from './booking-read-params.js';
import type { BookingTransaction } from './booking-transaction.js';
import { cancelBookingParams } from './cancel-booking-params.js';
import { createBookingParams } from './create-booking-params.js';
import { idempotencyRecordOf } from './idempotency-item.js';
import { markStrandedParams } from './mark-stranded-params.js';
import { personLedgerOf } from './person-ledger-item.js';
import { placesTakenOf } from './places-taken-of.js';
import { rescheduleBookingParams } from './reschedule-booking-params.js';
import { writeContextKeys, writeContextParams } from './write-context-params.js';

/**
 * `BookingStore` on the single table. Every request is built by a pure `...Params()` function and
 * sent here; a cancelled transaction comes back as an outcome named after the role of the item that
 * failed, any other SDK error as `StoreFailureError` with the SDK error as `cause`.
 */
export class DynamoBookingStore implements BookingStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /**
   * One Query per window asked for, side by side, each over only that window's buckets: the items
   * read are the counters the answer is made of, whatever else the hall-day holds.
   */
  async placesTaken(tenantId: string, query: PlacesQuery): Promise<PlacesTaken> {
    const reads = placeCounterReads(query);
    const items = await Promise.all(
      reads.map((read) =>
        queryAll(this.client, 'reading place counters', (startKey) =>
          queryPlaceCountersParams(this.tableName, tenantId, read, startKey),
        ),
      ),
    );
    return placesTakenOf(items.flat(), query.windowIds);
  }

  async getBooking(tenantId: string, code: string): Promise<StoredBooking | undefined> {
    const out = await send('reading a booking', () =>
      this.client.send(new GetCommand(getBookingParams(this.tableName, tenantId, code))),
    );
    return out.Item ? storedBookingOf(out.Item) : undefined;
  }

  async getLedger(tenantId: string, personId: string): Promise<PersonLedger> {
    const out = await send('reading a person ledger', () =>
      this.client.send(new GetCommand(getLedgerParams(this.tableName, tenantId, personId))),
    );
    return personLedgerOf(out.Item);
  }

  async getIdempotency(tenantId: string, key: string): Promise<IdempotencyRecord | undefined> {
    const out = await send('reading an idempotency record', () =>
      this.client.send(new GetCommand(getIdempotencyParams(this.tableName, tenantId, key))),
    );
    return out.Item ? idempotencyRecordOf(out.Item) : undefined;
  }

  async writeContext(
    tenantId: string,
    query: { personId: string; idempotencyKey?: string; places?: PlacesQuery },
  ): Promise<WriteContext> {
    const keys = writeContextKeys(tenantId, query);
    const { places } = query;
    const [items, taken] = await Promise.all([
      this.batchGet('reading what a booking write depends on', [
        keys.ledger,
        ...(keys.idempotency ? [keys.idempotency] : []),
      ]),
      places ? this.placesTaken(tenantId, places) : new Map(),
    ]);
    const find = (key: { pk: string; sk: string }) => items.find((i) => i.pk === key.pk && i.sk === key.sk);
    const record = keys.idempotency ? find(keys.idempotency) : undefined;
    return {
      ledger: personLedgerOf(find(keys.ledger)),
      taken,
      ...(record ? { idempotency: idempotencyRecordOf(record) } : {}),
    };
  }

  async bookingsOfHallDay(tenantId: string, hallId: string, date: string): Promise<StoredBooking[]> {
    const items = await queryAll(this.client, 'reading a hall day ledger', (startKey) =>
      hallDayBookingsParams(this.tableName, tenantId, hallId, date, startKey),
    );
    return items.map(storedBookingOf);
  }

  async createBooking(write: CreateBookingWrite): Promise<CreateBookingOutcome> {
    // A missing counter passes the capacity condition, so a window without places is refused here.
    if (write.placeLimit < 1) return 'slot_full';
    const failed = await this.transact('creating a booking', createBookingParams(this.tableName, write));
    if (failed === undefined) return 'created';
    // A replay wins over everything: the first request may have taken the last place itself.
    if (failed.has('idempotency')) return 'idempotency_key_taken';
    // The places were read from a rota that has since taken places from the window: read again.
    if (failed.has('rota')) return 'rota_changed';
    if (failed.has('place')) return 'slot_full';
    if (failed.has('ledger')) return 'ledger_changed';
    if (failed.has('booking')) return 'code_taken';
    return 'conflict';
  }

  async rescheduleBooking(write: RescheduleBookingWrite): Promise<RescheduleBookingOutcome> {
    if (write.placeLimit < 1) return 'slot_full';
    const failed = await this.transact(
      'rescheduling a booking',
      rescheduleBookingParams(this.tableName, write),
    );
    if (failed === undefined) return 'rescheduled';
    if (failed.has('booking')) return 'booking_changed';
    if (failed.has('rota')) return 'rota_changed';
    if (failed.has('taken')) return 'slot_full';
    if (failed.has('ledger')) return 'ledger_changed';
    if (failed.has('released')) throw counterBelowZero(write.before);
    return 'conflict';
  }

  async cancelBooking(write: CancelBookingWrite): Promise<CancelBookingOutcome> {
    const failed = await this.transact('cancelling a booking', cancelBookingParams(this.tableName, write));
    if (failed === undefined) return 'cancelled';
    if (failed.has('booking')) return 'booking_changed';
    if (failed.has('ledger')) return 'ledger_changed';
    if (failed.has('released')) throw counterBelowZero(write.before);
    return 'conflict';
  }

  async markStranded(write: MarkStrandedWrite): Promise<MarkStrandedOutcome> {
    const failed = await this.transact(
      'marking a booking stranded',
      markStrandedParams(this.tableName, write),
    );
    if (failed === undefined) return 'marked';
    // A conflict with another transaction is a change under the mark too: the caller re-reads.
    return 'booking_changed';
  }

  /** BatchGetItem until every key is answered (DynamoDB may leave some unprocessed under load). */
  private async batchGet(
    operation: string,
    keys: { pk: string; sk: string }[],
  ): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let pending = keys;
    for (let round = 0; pending.length > 0; round++) {
      if (round > 0) await new Promise((r) => setTimeout(r, Math.min(2 ** round * 10, 200)));
      if (round > 8) throw new StoreFailureError(operation, { cause: new Error('keys left unprocessed') });
      const out = await send(operation, () =>
        this.client.send(new BatchGetCommand(writeContextParams(this.tableName, pending))),
      );
      items.push(...(out.Responses?.[this.tableName] ?? []));
      pending = (out.UnprocessedKeys?.[this.tableName]?.Keys ?? []) as { pk: string; sk: string }[];
    }
    return items;
  }

  /**
   * Sends a transaction: undefined when it landed; when it was cancelled, the roles of the items
   * whose condition failed (empty for a conflict with another transaction). A cancellation for any
   * other reason is a fault.
   */
  private async transact<R extends string>(
    operation: string,
    transaction: BookingTransaction<R>,
  ): Promise<Set<R> | undefined> {
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

function counterBelowZero(before: StoredBooking): StoreFailureError {
  const { windowId, start } = before.booking;
  return new StoreFailureError('giving a place back', {
    cause: new Error(`a counter of window ${windowId} from ${start} is already at zero`),
  });
}
