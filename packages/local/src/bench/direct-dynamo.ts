import { randomBytes, randomUUID } from 'node:crypto';
import {
  BatchGetCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import {
  type Booking,
  bucketTimes,
  chooseWindow,
  generateBookingCode,
  type HeldBuckets,
  type LedgerEntry,
  matterWindowsInHall,
  noticeSnapshot,
  type PlacesQuery,
  type PlacesTaken,
  parseShanghaiIso,
  shanghaiDateOf,
  shanghaiTimeOf,
  type TenantConfig,
  toShanghaiMinuteIso,
  type WindowPlaces,
  windowPlaces,
} from '@openhall/domain';
import type { KeyedHasher } from '@openhall/services';
import {
  cancelBookingParams,
  createBookingParams,
  getBookingParams,
  getConfigParams,
  getLedgerParams,
  getNationalScheduleHeadParams,
  getRotaDayParams,
  personLedgerOf,
  placeCounterReads,
  placesTakenOf,
  queryPlaceCountersParams,
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
 * the API takes beyond these is what our stack adds. The window a booking takes is chosen by the
 * same pure `chooseWindow` over the same read. The sequence mirrors the use cases of `@openhall/services`:
 * - availability: the configuration, then the place counters of the matter's windows (one Query each)
 *   beside the hall-day's rota (GetItem);
 * - create: the configuration and the national schedules' head (the phone check), then the head again
 *   beside one BatchGetItem (ledger, Idempotency-Key) and the rota, the client's request
 *   counted (UpdateItem) beside the slot's place counters (a Query per window), one transaction at
 *   the first window with room (none is sent when no window has room);
 * - cancel: the configuration beside the booking, the request counted, the ledger, one transaction;
 * - reschedule: the configuration beside the booking, the request counted, the new day's rota, one BatchGetItem
 *   (ledger) beside the new slot's place counters (a Query per window), one transaction.
 * The bench compares the calls counted on both sides, so a drift from the use cases shows.
 */
export class DirectDynamo {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly hasher: KeyedHasher,
    /** Tenant configurations read once beforehand: for the windows, their places and the notice. */
    private readonly configs: ReadonlyMap<string, TenantConfig>,
  ) {}

  async availability(q: AvailabilityRequest): Promise<string> {
    await this.readConfig(q.tenantId);
    const windowIds = this.windows(q, 'online').map((w) => w.windowId);
    await Promise.all([
      this.placesTaken(q.tenantId, { hallId: q.hallId, date: q.date, windowIds }),
      this.readRota(q.tenantId, q.hallId, q.date),
    ]);
    return 'ok';
  }

  /** A booking, or undefined when no window of the slot has room left (no transaction is sent then). */
  async create(slot: SlotRef, citizen: Citizen): Promise<DirectBooking | undefined> {
    const now = new Date();
    const { tenantId } = slot;
    const personId = this.hasher.personId(tenantId, citizen.phone);
    const key = randomUUID();
    // The online channel's phone check reads the configuration first (the booking then reuses it)
    // and the national schedules' head, which the booking reads again beside its other inputs.
    await this.readConfig(tenantId);
    const [, ledgerItem] = await Promise.all([
      this.client.send(new GetCommand(getNationalScheduleHeadParams(this.tableName))),
      this.readLedger(tenantId, personId, key),
      this.readRota(tenantId, slot.hallId, parseShanghaiIso(slot.start).date),
    ]);
    const windows = this.windows(slot, 'online');
    const times = bucketTimes(slot.start, slot.end);
    const [, taken] = await Promise.all([
      this.countRequest(tenantId, citizen, now),
      this.placesTaken(tenantId, this.placesQuery(slot, windows, times)),
    ]);
    const window = chooseWindow(windows, taken, times);
    if (!window) return undefined;
    const ledger = personLedgerOf(ledgerItem);
    const at = toShanghaiMinuteIso(now);
    const booking: Booking = {
      code: generateBookingCode((n) => randomBytes(n)),
      tenantId,
      matterId: slot.matterId,
      hallId: slot.hallId,
      windowIds: windows.map((w) => w.windowId),
      windowId: window.windowId,
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
          notice: noticeSnapshot(this.config(tenantId), booking),
          placeLimit: window.limit,
          idempotency: { key, requestHash: this.hasher.requestHash(tenantId, request) },
          ledger: {
            personId,
            expectedVersion: ledger.version,
            entries: [...ledger.entries, entryOf(booking)],
          },
          now,
        }).params,
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
    const at = toShanghaiMinuteIso(now);
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
        }).params,
      ),
    );
    return 'ok';
  }

  async reschedule(held: DirectBooking, target: SlotRef): Promise<string> {
    const now = new Date();
    const { tenantId } = held.slot;
    const before = await this.readForChange(held, now);
    await this.readRota(tenantId, held.slot.hallId, parseShanghaiIso(target.start).date);
    const windows = this.windows(target, 'online');
    const times = bucketTimes(target.start, target.end);
    const [ledgerItem, taken] = await Promise.all([
      this.readLedger(tenantId, held.personId, undefined),
      this.placesTaken(tenantId, this.placesQuery(target, windows, times)),
    ]);
    const ledger = personLedgerOf(ledgerItem);
    const old = before.booking;
    const sameDay = parseShanghaiIso(old.start).date === parseShanghaiIso(target.start).date;
    const own: HeldBuckets | undefined = sameDay
      ? { windowId: old.windowId, times: new Set(bucketTimes(old.start, old.end)) }
      : undefined;
    const window = chooseWindow(windows, taken, times, own);
    if (!window) return 'slot_full';
    const at = toShanghaiMinuteIso(now);
    const previous = { start: old.start, end: old.end };
    const after: Booking = {
      ...old,
      start: target.start,
      end: target.end,
      windowIds: windows.map((w) => w.windowId),
      windowId: window.windowId,
      updatedAt: at,
      history: [...old.history, { at, action: 'rescheduled', actor: 'citizen', previous }],
    };
    const entries = [...ledger.entries.filter((e) => e.code !== held.code), entryOf(after)];
    await this.client.send(
      new TransactWriteCommand(
        rescheduleBookingParams(this.tableName, {
          before,
          after,
          notice: noticeSnapshot(this.config(tenantId), after),
          placeLimit: window.limit,
          ledger: { personId: held.personId, expectedVersion: ledger.version, entries },
          now,
        }).params,
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
  private async readLedger(
    tenantId: string,
    personId: string,
    idempotencyKey: string | undefined,
  ): Promise<Record<string, unknown> | undefined> {
    const keys = writeContextKeys(tenantId, {
      personId,
      ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
    });
    const out = await this.client.send(
      new BatchGetCommand(
        writeContextParams(this.tableName, [keys.ledger, ...(keys.idempotency ? [keys.idempotency] : [])]),
      ),
    );
    const items = out.Responses?.[this.tableName] ?? [];
    return items.find((i) => i.pk === keys.ledger.pk && i.sk === keys.ledger.sk);
  }

  /**
   * The store's place-counter Queries, one per window side by side (one page each: a
   * window's day is far below 1 MB).
   */
  private async placesTaken(tenantId: string, query: PlacesQuery): Promise<PlacesTaken> {
    const pages = await Promise.all(
      placeCounterReads(query).map((read) =>
        this.client.send(new QueryCommand(queryPlaceCountersParams(this.tableName, tenantId, read))),
      ),
    );
    return placesTakenOf(
      pages.flatMap((out) => out.Items ?? []),
      query.windowIds,
    );
  }

  private placesQuery(
    slot: SlotRef,
    windows: readonly WindowPlaces[],
    times: readonly string[],
  ): PlacesQuery {
    return {
      hallId: slot.hallId,
      date: parseShanghaiIso(slot.start).date,
      windowIds: windows.map((w) => w.windowId),
      from: times[0],
      to: times.at(-1),
    };
  }

  /** The hall-day's rota (one GetItem): with one, a window's places are the people rostered there. */
  private readRota(tenantId: string, hallId: string, date: string) {
    return this.client.send(new GetCommand(getRotaDayParams(this.tableName, tenantId, hallId, date)));
  }

  /** The configuration and, beside it, the head of the national schedules every calendar reads. */
  private readConfig(tenantId: string) {
    return Promise.all([
      this.client.send(new GetCommand(getConfigParams(this.tableName, tenantId))),
      this.client.send(new GetCommand(getNationalScheduleHeadParams(this.tableName))),
    ]);
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

  private config(tenantId: string): TenantConfig {
    const config = this.configs.get(tenantId);
    if (!config) throw new Error(`no configuration of ${tenantId}`);
    return config;
  }

  /** The matter's windows in the hall with their places for the channel, as the use cases plan them. */
  private windows(
    slot: Pick<SlotRef, 'tenantId' | 'matterId' | 'hallId'>,
    channel: 'online',
  ): WindowPlaces[] {
    const config = this.config(slot.tenantId);
    const matter = config.matters.find((m) => m.id === slot.matterId);
    if (!matter) throw new Error(`no matter ${slot.matterId} in ${slot.tenantId}`);
    const windows = matterWindowsInHall(matter, config.windows, slot.hallId);
    return windowPlaces(windows, config.bookingPolicy.deskPhoneHoldbackPercent, channel);
  }
}
