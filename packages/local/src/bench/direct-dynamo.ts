import { randomBytes, randomUUID } from 'node:crypto';
import {
  BatchGetCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { KeyedHasher } from '@openhall/app';
import {
  type Booking,
  generateBookingCode,
  type LedgerEntry,
  matterWindowsInHall,
  parseShanghaiIso,
  shanghaiDateOf,
  shanghaiTimeOf,
  type TenantConfig,
  toShanghaiIso,
} from '@openhall/domain';
import {
  cancelBookingParams,
  createBookingParams,
  getBookingParams,
  getConfigParams,
  getLedgerParams,
  personLedgerOf,
  querySlotCountersParams,
  rateCounterParams,
  rescheduleBookingParams,
  storedBookingOf,
  writeContextKeys,
  writeContextParams,
} from '@openhall/store';
import type { AvailabilityRequest, Citizen, SlotRef } from './citizen-http.js';

/** A booking the direct run made: what its later change needs to find it again. */
export interface DirectBooking {
  slot: SlotRef;
  citizen: Citizen;
  code: string;
  personId: string;
}

const minuteIso = (now: Date) => toShanghaiIso(new Date(Math.floor(now.getTime() / 60_000) * 60_000));

const entryOf = (b: Pick<Booking, 'code' | 'matterId' | 'hallId' | 'start' | 'end'>): LedgerEntry => ({
  code: b.code,
  matterId: b.matterId,
  hallId: b.hallId,
  date: parseShanghaiIso(b.start).date,
  end: b.end,
});

/**
 * The DynamoDB requests each API operation sends, in the same order and built by the store's own
 * `...Params()` functions, sent straight through the SDK: no HTTP, no validation, no rules. What
 * the API takes beyond these is what our stack adds. The sequence mirrors `BookingUseCases`:
 * - availability: the configuration, then the day's slot counters (Query);
 * - create: the configuration beside one BatchGetItem (ledger, slot counter, Idempotency-Key),
 *   the client's request counted (UpdateItem), one transaction;
 * - cancel: the configuration beside the booking, the request counted, the ledger, one transaction;
 * - reschedule: the configuration beside the booking, the request counted, one BatchGetItem
 *   (ledger, new slot's counter), one transaction.
 * The bench compares the calls counted on both sides, so a drift from the use cases shows.
 */
export class DirectDynamo {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly hasher: KeyedHasher,
    /** Tenant configurations read once beforehand: only for the window ids a booking records. */
    private readonly configs: ReadonlyMap<string, TenantConfig>,
  ) {}

  async availability(q: AvailabilityRequest): Promise<string> {
    await this.readConfig(q.tenantId);
    await this.client.send(new QueryCommand(querySlotCountersParams(this.tableName, q.tenantId, q)));
    return 'ok';
  }

  async create(slot: SlotRef, citizen: Citizen): Promise<DirectBooking> {
    const now = new Date();
    const { tenantId } = slot;
    const personId = this.hasher.personId(tenantId, citizen.phone);
    const key = randomUUID();
    const [, ledgerItem] = await Promise.all([
      this.readConfig(tenantId),
      this.readLedgerAndSlot(tenantId, personId, slot, key),
    ]);
    await this.countRequest(tenantId, citizen, now);
    const ledger = personLedgerOf(ledgerItem);
    const at = minuteIso(now);
    const booking: Booking = {
      code: generateBookingCode((n) => randomBytes(n)),
      tenantId,
      matterId: slot.matterId,
      hallId: slot.hallId,
      windowIds: this.windowIds(slot),
      start: slot.start,
      end: slot.end,
      status: 'booked',
      channel: 'online',
      createdAt: at,
      updatedAt: at,
      history: [{ at, action: 'created', actor: 'citizen', channel: 'online' }],
      applicant: { name: citizen.name, phone: citizen.phone, agent: false },
    };
    const request = { matterId: slot.matterId, hallId: slot.hallId, start: slot.start };
    await this.client.send(
      new TransactWriteCommand(
        createBookingParams(this.tableName, {
          booking,
          personId,
          slotLimit: slot.capacity,
          idempotency: { key, requestHash: this.hasher.requestHash(tenantId, request) },
          ledger: {
            personId,
            expectedVersion: ledger.version,
            entries: [...ledger.entries, entryOf(booking)],
          },
          now,
        }),
      ),
    );
    return { slot, citizen, code: booking.code, personId };
  }

  async cancel(held: DirectBooking): Promise<string> {
    const now = new Date();
    const before = await this.readForChange(held, now);
    const ledgerRead = await this.client.send(
      new GetCommand(getLedgerParams(this.tableName, held.slot.tenantId, held.personId)),
    );
    const ledger = personLedgerOf(ledgerRead.Item);
    const at = minuteIso(now);
    const after: Booking = {
      ...before.booking,
      status: 'cancelled',
      updatedAt: at,
      history: [...before.booking.history, { at, action: 'cancelled', actor: 'citizen', reason: '行程有变' }],
    };
    const entries = ledger.entries.filter((e) => e.code !== held.code);
    await this.client.send(
      new TransactWriteCommand(
        cancelBookingParams(this.tableName, {
          before,
          after,
          ledger: { personId: held.personId, expectedVersion: ledger.version, entries },
          now,
        }),
      ),
    );
    return 'ok';
  }

  async reschedule(held: DirectBooking, target: SlotRef): Promise<string> {
    const now = new Date();
    const before = await this.readForChange(held, now);
    const ledger = personLedgerOf(
      await this.readLedgerAndSlot(held.slot.tenantId, held.personId, target, undefined),
    );
    const at = minuteIso(now);
    const previous = { start: before.booking.start, end: before.booking.end };
    const after: Booking = {
      ...before.booking,
      start: target.start,
      end: target.end,
      updatedAt: at,
      history: [...before.booking.history, { at, action: 'rescheduled', actor: 'citizen', previous }],
    };
    const entries = [...ledger.entries.filter((e) => e.code !== held.code), entryOf(after)];
    await this.client.send(
      new TransactWriteCommand(
        rescheduleBookingParams(this.tableName, {
          before,
          after,
          slotLimit: target.capacity,
          ledger: { personId: held.personId, expectedVersion: ledger.version, entries },
          now,
        }),
      ),
    );
    held.slot = target;
    return 'ok';
  }

  /** The configuration beside the booking, then the client's request counted. */
  private async readForChange(held: DirectBooking, now: Date) {
    const { tenantId } = held.slot;
    const [, read] = await Promise.all([
      this.readConfig(tenantId),
      this.client.send(new GetCommand(getBookingParams(this.tableName, tenantId, held.code))),
    ]);
    if (!read.Item) throw new Error(`booking ${held.code} is gone`);
    const before = storedBookingOf(read.Item);
    await this.countRequest(tenantId, held.citizen, now);
    return before;
  }

  /** The store's write context: one BatchGetItem; answers the ledger item (undefined for a new person). */
  private async readLedgerAndSlot(
    tenantId: string,
    personId: string,
    slot: SlotRef,
    idempotencyKey: string | undefined,
  ): Promise<Record<string, unknown> | undefined> {
    const keys = writeContextKeys(tenantId, {
      personId,
      slot,
      ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
    });
    const out = await this.client.send(
      new BatchGetCommand(
        writeContextParams(this.tableName, [
          keys.ledger,
          keys.slot,
          ...(keys.idempotency ? [keys.idempotency] : []),
        ]),
      ),
    );
    const items = out.Responses?.[this.tableName] ?? [];
    return items.find((i) => i.pk === keys.ledger.pk && i.sk === keys.ledger.sk);
  }

  private readConfig(tenantId: string) {
    return this.client.send(new GetCommand(getConfigParams(this.tableName, tenantId)));
  }

  /** The rate limiter's one conditional UpdateItem, on the same kind of per-client minute counter. */
  private async countRequest(tenantId: string, citizen: Citizen, now: Date): Promise<void> {
    const minuteStart = Math.floor(now.getTime() / 60_000) * 60_000;
    await this.client.send(
      new UpdateCommand(
        rateCounterParams(this.tableName, {
          tenantId,
          clientKey: this.hasher.clientKey(tenantId, citizen.address),
          minute: `${shanghaiDateOf(now)}T${shanghaiTimeOf(now)}`,
          minuteEndsAt: Math.floor((minuteStart + 60_000) / 1000),
          limit: this.configs.get(tenantId)?.bookingPolicy.rateLimitPerMinute ?? 20,
        }),
      ),
    );
  }

  private windowIds(slot: SlotRef): string[] {
    const config = this.configs.get(slot.tenantId);
    const matter = config?.matters.find((m) => m.id === slot.matterId);
    if (!config || !matter) throw new Error(`no matter ${slot.matterId} in ${slot.tenantId}`);
    return matterWindowsInHall(matter, config.windows, slot.hallId).map((w) => w.id);
  }
}
