import {
  BookingBusyError,
  type BookingStore,
  type CreateBookingOutcome,
  type CreateBookingRequest,
  type CreateBookingWrite,
  IdempotencyKeyReusedError,
  PerPersonLimitError,
  type PlacesTaken,
  RateLimitedError,
  SlotFullError,
  type StoredBooking,
  type StoredConfig,
  type TenantConfig,
  type WriteContext,
} from '@openhall/domain';
import { seedConfig } from '@openhall/seed';
import { beforeEach, describe, expect, it } from 'vitest';
import { InMemoryNationalScheduleStore } from '../testing/in-memory-national-schedule-store.js';
import { type CreateBookingDeps, createBooking } from './create-booking.js';
import { createKeyedHasher } from './keyed-hasher.js';
import { MAX_WRITE_ATTEMPTS } from './retry-backoff.js';

const tenantId = 'zaozhuang-gxq';
const config = structuredClone(seedConfig(tenantId));
config.windows.find((w) => w.id === 'b02')!.staffCount = 5; // 4 online places
const hasher = createKeyedHasher('unit-test-secret-of-at-least-32-chars');
const request: CreateBookingRequest = {
  matterId: 'company-registration',
  hallId: 'zaozhuang-gxq-hall',
  start: '2026-03-03T09:30:00+08:00',
  applicant: { name: '王小明', phone: '13812345678', agent: false },
};
const options = { idempotencyKey: 'key-00000001', channel: 'online' as const, clientId: 'client-1' };
const emptyContext: WriteContext = { ledger: { version: 0, entries: [] }, taken: new Map() };
/** B02's six buckets of the 09:30 slot, each with `n` places taken. */
const b02At0930 = (n: number) =>
  new Map([['b02', new Map(['09:30', '09:35', '09:40', '09:45', '09:50', '09:55'].map((t) => [t, n]))]]);

/** A store that answers each create with the next scripted outcome and counts what it was asked. */
class ScriptedStore implements Partial<BookingStore> {
  outcomes: CreateBookingOutcome[] = [];
  contexts: WriteContext[] = [];
  writes: CreateBookingWrite[] = [];
  /** Answers of the first counter read (beside the rate limit); later reads come with the contexts. */
  firstTaken: PlacesTaken = new Map();
  contextReads = 0;
  idempotency: { requestHash: string; code: string } | undefined;
  stored: StoredBooking | undefined;

  async writeContext(): Promise<WriteContext> {
    this.contextReads++;
    return this.contexts.shift() ?? emptyContext;
  }
  async placesTaken(): Promise<PlacesTaken> {
    return this.firstTaken;
  }
  async createBooking(write: CreateBookingWrite): Promise<CreateBookingOutcome> {
    this.writes.push(write);
    const outcome = this.outcomes.shift() ?? 'created';
    if (outcome === 'created') {
      this.stored = { booking: write.booking, version: 1, personId: write.personId, notice: write.notice };
    }
    return outcome;
  }
  async getIdempotency() {
    return this.idempotency && { key: options.idempotencyKey, expiresAt: 2e9, ...this.idempotency };
  }
  async getBooking() {
    return this.stored;
  }
}

let store: ScriptedStore;
let sleeps: number[];
let allowed: boolean;

function deps(tenantConfig: TenantConfig = config): CreateBookingDeps {
  const stored: StoredConfig = {
    config: tenantConfig,
    version: 1,
    updatedAt: '2026-03-01T00:00:00+08:00',
    updatedBy: 'seed',
  };
  return {
    configStore: {
      getConfig: async () => stored,
      listTenants: async () => [],
      saveConfig: async () => stored,
      listAudit: async () => [],
    },
    nationalScheduleStore: new InMemoryNationalScheduleStore(),
    bookingStore: store as unknown as BookingStore,
    rateLimiter: {
      hit: async () => (allowed ? { allowed: true } : { allowed: false, retryAfterSeconds: 42 }),
    },
    hasher,
    now: () => new Date('2026-03-02T10:00:00+08:00'),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
  };
}

/** The create use case as the citizen routes call it. */
function create(tenantConfig?: TenantConfig) {
  return createBooking(deps(tenantConfig), { tenantId, request, ...options, actor: 'citizen' });
}

beforeEach(() => {
  store = new ScriptedStore();
  sleeps = [];
  allowed = true;
});

describe('createBooking', () => {
  it('tries again after a transaction conflict, waiting and re-reading first', async () => {
    store.outcomes = ['conflict', 'conflict', 'created'];
    const { created } = await create();
    expect(created).toBe(true);
    expect(store.writes).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    expect(store.contextReads).toBe(3);
  });

  it('answers slot_full without another write when the slot filled during a conflict', async () => {
    store.outcomes = ['conflict'];
    store.contexts = [emptyContext, { ...emptyContext, taken: b02At0930(4) }];
    await expect(create()).rejects.toBeInstanceOf(SlotFullError);
    expect(store.writes).toHaveLength(1);
  });

  it('answers slot_full without any write when one bucket of the window is full', async () => {
    store.firstTaken = new Map([['b02', new Map([['09:50', 4]])]]);
    await expect(create()).rejects.toBeInstanceOf(SlotFullError);
    expect(store.writes).toEqual([]);
  });

  it('assigns the first window with room, and the next one after a bucket of the first filled', async () => {
    // Prepare: company registration served by B02 (4 online places) and a second window of one person.
    const twoWindows = structuredClone(config);
    twoWindows.windows.push({
      ...twoWindows.windows.find((w) => w.id === 'b02')!,
      id: 'b02-b',
      staffCount: 1,
    });
    twoWindows.matters.find((m) => m.id === request.matterId)!.windowIds.push('b02-b');
    store.outcomes = ['slot_full', 'created'];
    store.contexts = [emptyContext, { ...emptyContext, taken: b02At0930(4) }];

    // Act
    const { booking } = await create(twoWindows);

    // Assess
    expect(store.writes.map((w) => [w.booking.windowId, w.placeLimit])).toEqual([
      ['b02', 4],
      ['b02-b', 1],
    ]);
    expect(booking).toMatchObject({ windowId: 'b02-b', windowIds: ['b02', 'b02-b'] });
    expect(sleeps).toEqual([]);
  });

  it('answers booking_busy (503) after the last attempt, having written nothing', async () => {
    store.outcomes = Array.from({ length: MAX_WRITE_ATTEMPTS }, () => 'conflict' as const);
    await expect(create()).rejects.toBeInstanceOf(BookingBusyError);
    expect(store.writes).toHaveLength(MAX_WRITE_ATTEMPTS);
  });

  it('draws a new code after a code collision', async () => {
    store.outcomes = ['code_taken', 'created'];
    await create();
    const [first, second] = store.writes.map((w) => w.booking.code);
    expect(first).not.toBe(second);
    expect(sleeps).toEqual([]);
  });

  it('checks the per-person limits again on the ledger another request changed', async () => {
    store.outcomes = ['ledger_changed'];
    const entry = {
      code: 'OTHER',
      matterId: request.matterId,
      hallId: request.hallId,
      date: '2026-03-03',
      end: '2026-03-03T15:00:00+08:00',
    };
    store.contexts = [emptyContext, { ledger: { version: 1, entries: [entry] }, taken: b02At0930(1) }];
    await expect(create()).rejects.toBeInstanceOf(PerPersonLimitError);
  });

  it('answers the winner of a race on the same key as a replay', async () => {
    store.outcomes = ['created'];
    const winner = await create();
    store.outcomes = ['idempotency_key_taken'];
    store.idempotency = {
      requestHash: hasher.requestHash(tenantId, { request, channel: 'online' }),
      code: winner.booking.code,
    };
    const replay = await create();
    expect(replay).toEqual({ booking: winner.booking, created: false });
  });

  it.each(['conflict', 'ledger_changed', 'slot_full'] as const)(
    'answers a same-key request that landed during a lost write (%s) as a replay, before any rule',
    async (outcome) => {
      // Prepare: the first write is refused; by the re-read the same key's request has landed, its
      // booking in the ledger (per-person limit reached) and its place in the counters (slot full).
      store.outcomes = ['created'];
      const winner = await create();
      store.writes = [];
      store.outcomes = [outcome];
      const entry = {
        code: winner.booking.code,
        matterId: request.matterId,
        hallId: request.hallId,
        date: '2026-03-03',
        end: '2026-03-03T10:00:00+08:00',
      };
      const record = {
        key: options.idempotencyKey,
        requestHash: hasher.requestHash(tenantId, { request, channel: 'online' }),
        code: winner.booking.code,
        expiresAt: 2e9,
      };
      store.contexts = [
        emptyContext,
        { ledger: { version: 1, entries: [entry] }, taken: b02At0930(4), idempotency: record },
      ];

      // Act
      const replay = await create();

      // Assess
      expect(replay).toEqual({ booking: winner.booking, created: false });
      expect(store.writes).toHaveLength(1);
    },
  );

  it('refuses the same key with another request', async () => {
    store.contexts = [
      {
        ...emptyContext,
        idempotency: { key: options.idempotencyKey, requestHash: 'other', code: 'X', expiresAt: 2e9 },
      },
    ];
    await expect(create()).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
    expect(store.writes).toEqual([]);
  });

  it('refuses a client over its rate before anything else', async () => {
    allowed = false;
    const refusal = create();
    await expect(refusal).rejects.toBeInstanceOf(RateLimitedError);
    await expect(refusal).rejects.toMatchObject({ retryAfterSeconds: 42 });
    expect(store.writes).toEqual([]);
  });
});
