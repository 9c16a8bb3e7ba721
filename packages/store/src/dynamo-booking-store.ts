import {
  BatchGetCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type {
  BookingStore,
  CancelBookingOutcome,
  CancelBookingWrite,
  CreateBookingOutcome,
  CreateBookingWrite,
  IdempotencyRecord,
  LocalTime,
  PersonLedger,
  RescheduleBookingOutcome,
  RescheduleBookingWrite,
  StoredBooking,
  WriteContext,
} from '@openhall/domain';
import { storedBookingOf } from './booking-item.js';
import { StoreFailureError } from './errors.js';
import { idempotencyRecordOf } from './idempotency-item.js';
import {
  getBookingParams,
  getIdempotencyParams,
  getLedgerParams,
  getSlotCounterParams,
  hallDayBookingsParams,
  querySlotCountersParams,
} from './params/booking-read-params.js';
import { CANCEL_BOOKING_ITEMS, cancelBookingParams } from './params/cancel-booking-params.js';
import { CREATE_BOOKING_ITEMS, createBookingParams } from './params/create-booking-params.js';
import { RESCHEDULE_BOOKING_ITEMS, rescheduleBookingParams } from './params/reschedule-booking-params.js';
import { writeContextKeys, writeContextParams } from './params/write-context-params.js';
import { personLedgerOf } from './person-ledger-item.js';
import { slotCountersOf } from './slot-counters-of.js';
import { type CancellationCode, cancellationCodesOf, failedItems } from './transaction-cancellation.js';

/**
 * `BookingStore` on the single table. Every request is built by a pure `...Params()` function and
 * sent here; a cancelled transaction comes back as an outcome naming the item that failed, any other
 * SDK error as `StoreFailureError` with the SDK error as `cause`.
 */
export class DynamoBookingStore implements BookingStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async slotsTaken(
    tenantId: string,
    hallId: string,
    matterId: string,
    date: string,
  ): Promise<Map<LocalTime, number>> {
    const out = await this.send('reading slot counters', () =>
      this.client.send(
        new QueryCommand(querySlotCountersParams(this.tableName, tenantId, { hallId, matterId, date })),
      ),
    );
    return slotCountersOf(out.Items ?? []);
  }

  async slotTaken(
    tenantId: string,
    slot: { hallId: string; matterId: string; start: string },
  ): Promise<number> {
    const out = await this.send('reading a slot counter', () =>
      this.client.send(new GetCommand(getSlotCounterParams(this.tableName, tenantId, slot))),
    );
    const taken = out.Item?.taken;
    return typeof taken === 'number' ? taken : 0;
  }

  async getBooking(tenantId: string, code: string): Promise<StoredBooking | undefined> {
    const out = await this.send('reading a booking', () =>
      this.client.send(new GetCommand(getBookingParams(this.tableName, tenantId, code))),
    );
    return out.Item ? storedBookingOf(out.Item) : undefined;
  }

  async getLedger(tenantId: string, personId: string): Promise<PersonLedger> {
    const out = await this.send('reading a person ledger', () =>
      this.client.send(new GetCommand(getLedgerParams(this.tableName, tenantId, personId))),
    );
    return personLedgerOf(out.Item);
  }

  async getIdempotency(tenantId: string, key: string): Promise<IdempotencyRecord | undefined> {
    const out = await this.send('reading an idempotency record', () =>
      this.client.send(new GetCommand(getIdempotencyParams(this.tableName, tenantId, key))),
    );
    return out.Item ? idempotencyRecordOf(out.Item) : undefined;
  }

  async writeContext(
    tenantId: string,
    query: {
      personId: string;
      slot: { hallId: string; matterId: string; start: string };
      idempotencyKey?: string;
    },
  ): Promise<WriteContext> {
    const keys = writeContextKeys(tenantId, query);
    const items = await this.batchGet('reading what a booking write depends on', [
      keys.ledger,
      keys.slot,
      ...(keys.idempotency ? [keys.idempotency] : []),
    ]);
    const find = (key: { pk: string; sk: string }) => items.find((i) => i.pk === key.pk && i.sk === key.sk);
    const taken = find(keys.slot)?.taken;
    const record = keys.idempotency ? find(keys.idempotency) : undefined;
    return {
      ledger: personLedgerOf(find(keys.ledger)),
      slotTaken: typeof taken === 'number' ? taken : 0,
      ...(record ? { idempotency: idempotencyRecordOf(record) } : {}),
    };
  }

  async bookingsOfHallDay(tenantId: string, hallId: string, date: string): Promise<StoredBooking[]> {
    const bookings: StoredBooking[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.send('reading a hall day ledger', () =>
        this.client.send(
          new QueryCommand(hallDayBookingsParams(this.tableName, tenantId, hallId, date, startKey)),
        ),
      );
      for (const item of page.Items ?? []) bookings.push(storedBookingOf(item));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return bookings;
  }

  async createBooking(write: CreateBookingWrite): Promise<CreateBookingOutcome> {
    // A missing counter passes the capacity condition, so a slot without places is refused here.
    if (write.slotLimit < 1) return 'slot_full';
    const codes = await this.transact('creating a booking', createBookingParams(this.tableName, write));
    if (codes === undefined) return 'created';
    const failed = failedItems(codes, CREATE_BOOKING_ITEMS, 'ConditionalCheckFailed');
    // A replay wins over everything: the first request may have taken the last place itself.
    if (failed.has('idempotency')) return 'idempotency_key_taken';
    if (failed.has('slot')) return 'slot_full';
    if (failed.has('ledger')) return 'ledger_changed';
    if (failed.has('booking')) return 'code_taken';
    return this.conflictOr('creating a booking', codes);
  }

  async rescheduleBooking(write: RescheduleBookingWrite): Promise<RescheduleBookingOutcome> {
    if (write.slotLimit < 1) return 'slot_full';
    const codes = await this.transact(
      'rescheduling a booking',
      rescheduleBookingParams(this.tableName, write),
    );
    if (codes === undefined) return 'rescheduled';
    const failed = failedItems(codes, RESCHEDULE_BOOKING_ITEMS, 'ConditionalCheckFailed');
    if (failed.has('booking')) return 'booking_changed';
    if (failed.has('takenSlot')) return 'slot_full';
    if (failed.has('ledger')) return 'ledger_changed';
    if (failed.has('releasedSlot')) throw counterBelowZero(write.before);
    return this.conflictOr('rescheduling a booking', codes);
  }

  async cancelBooking(write: CancelBookingWrite): Promise<CancelBookingOutcome> {
    const codes = await this.transact('cancelling a booking', cancelBookingParams(this.tableName, write));
    if (codes === undefined) return 'cancelled';
    const failed = failedItems(codes, CANCEL_BOOKING_ITEMS, 'ConditionalCheckFailed');
    if (failed.has('booking')) return 'booking_changed';
    if (failed.has('ledger')) return 'ledger_changed';
    if (failed.has('releasedSlot')) throw counterBelowZero(write.before);
    return this.conflictOr('cancelling a booking', codes);
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
      const out = await this.send(operation, () =>
        this.client.send(new BatchGetCommand(writeContextParams(this.tableName, pending))),
      );
      items.push(...(out.Responses?.[this.tableName] ?? []));
      pending = (out.UnprocessedKeys?.[this.tableName]?.Keys ?? []) as { pk: string; sk: string }[];
    }
    return items;
  }

  /** Sends a transaction: undefined when it landed, the per-item reasons when it was cancelled. */
  private async transact(
    operation: string,
    params: TransactWriteCommandInput,
  ): Promise<CancellationCode[] | undefined> {
    try {
      await this.client.send(new TransactWriteCommand(params));
      return undefined;
    } catch (error) {
      const codes = cancellationCodesOf(error);
      if (codes === undefined) throw new StoreFailureError(operation, { cause: error });
      return codes;
    }
  }

  /** A cancellation without a failed condition is a conflict with another transaction, or a fault. */
  private conflictOr(operation: string, codes: CancellationCode[]): 'conflict' {
    if (codes.includes('TransactionConflict')) return 'conflict';
    throw new StoreFailureError(operation, {
      cause: new Error(`transaction cancelled for ${codes.join(', ')}`),
    });
  }

  /** Runs one request; any SDK error leaves as a named error with the original as `cause`. */
  private async send<T>(operation: string, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw new StoreFailureError(operation, { cause: error });
    }
  }
}

function counterBelowZero(before: StoredBooking): StoreFailureError {
  return new StoreFailureError('giving a place back', {
    cause: new Error(`the counter of the slot at ${before.booking.start} is already at zero`),
  });
}
