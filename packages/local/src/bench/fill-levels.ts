import { randomBytes, randomUUID } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { generateBookingCode, noticeSnapshot, type TenantConfig, toShanghaiIso } from '@openhall/domain';
import { createKeyedHasher } from '@openhall/services';
import { DynamoBookingStore, DynamoConfigStore } from '@openhall/store';
import type { AvailabilityRequest, CitizenHttp, SlotRef } from './citizen-http.js';
import { citizenOf } from './citizen-of.js';
import { measureSide, type SideResult, type TallySource } from './measure-side.js';
import { runPhase } from './run-phase.js';

/** One fill level of the hall-day: availability and booking of the 50-window matter, through HTTP. */
export interface FillLevelResult {
  /** Bookings of the hall-day stored for this level (other windows all day, own windows at other times). */
  otherBookings: number;
  /** Of those, on the matter's own windows at other times than the slot booked. */
  ownAtOtherTimes: number;
  availability: SideResult;
  create: SideResult;
}

export interface FillLevelsResult {
  tenantId: string;
  hallId: string;
  date: string;
  /** The slot every measured booking asks for. */
  slot: string;
  windows: number;
  /** Bookings stored before the first level: one per own window at the slot and at each of the other times used. */
  baseBookings: number;
  levels: FillLevelResult[];
  /** Items and capacity units per request equal at every level (within 1 %). */
  flat: { availability: boolean; create: boolean };
}

export interface FillLevelsPlan {
  levels: readonly number[];
  windows: number;
  /** Own-window slots (not the measured one) that the fill also books. */
  ownTimes: number;
  /** Every n-th filling booking goes to the matter's own windows at another time. */
  ownEvery: number;
  availability: number;
  create: number;
  /** Longest the filling of all levels may take, and each measured phase. */
  fillMaxMs: number;
  phaseMaxMs: number;
}

export interface FillLevels {
  http: CitizenHttp;
  client: DynamoDBDocumentClient;
  tableName: string;
  serverMeter: TallySource;
  /** Days the seeded tenant offers slots on (from the availability search), tried in order. */
  candidates: readonly AvailabilityRequest[];
  plan: FillLevelsPlan;
  log: (line: string) => void;
}

const TENANT = 'zaozhuang-gxq';
const HALL = 'zaozhuang-gxq-hall';
const MATTER = 'bench-fifty-windows';
const NEIGHBOUR = 'bench-fifty-neighbours';
/** Ten people per window, 20 % held back: 8 online places in every bucket. */
const STAFF = 10;

const pad = (i: number) => String(i + 1).padStart(2, '0');

/** Equal within 1 % of the first level: DynamoDB Local rounds capacity per call. */
export function sameAtEveryLevel(values: readonly number[]): boolean {
  const first = values[0];
  if (first === undefined) return false;
  return values.every((v) => Math.abs(v - first) <= Math.max(0.01, Math.abs(first) * 0.01));
}

/** The 50-window matter and its 50 neighbours (ids sorting right after), as read-cost.test.ts builds them. */
export function withFiftyWindows(config: TenantConfig, windows: number): TenantConfig {
  const next = structuredClone(config);
  next.bookingPolicy.rateLimitPerMinute = 10_000;
  const template = next.windows.find((w) => w.id === 'b02');
  const base = next.matters.find((m) => m.id === 'company-registration');
  if (!template || !base) throw new Error(`${TENANT} no longer has window b02 or company-registration`);
  const served = Array.from({ length: windows }, (_, i) => `bench-${pad(i)}`);
  const neighbours = served.map((id) => `${id}-x`);
  for (const [i, id] of served.entries()) {
    next.windows.push({ ...template, id, code: `Q${pad(i)}`, staffCount: STAFF });
    next.windows.push({ ...template, id: neighbours[i]!, code: `Q${pad(i)}-X`, staffCount: STAFF });
  }
  next.matters.push({ ...base, id: MATTER, windowIds: served, slotMinutes: 30 });
  next.matters.push({ ...base, id: NEIGHBOUR, windowIds: neighbours, slotMinutes: 30 });
  return next;
}

/**
 * 50 windows, 0 / 100 / 1,000 bookings: one matter served by 50 windows in one hall, its hall-day
 * filled level by level with bookings written by the store's own transaction, and at each level
 * availability and booking measured through HTTP with the server's DynamoDB meter. The matter's
 * own counters at the times the fill uses exist from the start (one booking each), so what changes
 * between levels is only how many bookings the hall-day holds.
 */
export async function measureFillLevels(f: FillLevels): Promise<FillLevelsResult> {
  const { plan } = f;
  const configStore = new DynamoConfigStore(f.client, f.tableName);
  const store = new DynamoBookingStore(f.client, f.tableName);
  const stored = await configStore.getConfig(TENANT);
  if (!stored) throw new Error(`${TENANT} is not seeded`);
  const config = withFiftyWindows(stored.config, plan.windows);
  await configStore.saveConfig({
    tenantId: TENANT,
    config,
    expectedVersion: stored.version,
    actor: 'bench',
    action: 'a matter served by 50 windows',
    at: toShanghaiIso(new Date()),
  });
  const served = config.matters.find((m) => m.id === MATTER)!.windowIds;
  const neighbours = config.matters.find((m) => m.id === NEIGHBOUR)!.windowIds;

  // A day the hall is open for the matter, with every slot free.
  let day: { date: string; starts: string[] } | undefined;
  const dates = [
    ...new Set(f.candidates.filter((q) => q.tenantId === TENANT && q.hallId === HALL).map((q) => q.date)),
  ];
  for (const date of dates.slice(0, 10)) {
    const q = { tenantId: TENANT, hallId: HALL, matterId: MATTER, date };
    const answer = await f.http.availability<{ slots?: { start: string; remaining: number }[] }>(q);
    const slots = answer.status === 200 ? (answer.body.slots ?? []) : [];
    if (slots.length >= 8 && slots.every((s) => s.remaining > 0)) {
      day = { date, starts: slots.map((s) => s.start) };
      break;
    }
  }
  if (!day) throw new Error(`no day with free slots for the 50-window matter of ${TENANT}`);
  const slot = day.starts[2]!;
  const ownTimes = day.starts.filter((s) => s !== slot).slice(-plan.ownTimes);
  const hasher = createKeyedHasher(randomBytes(32).toString('hex'));
  let person = 0;
  const storeOne = async (matterId: string, windowIds: string[], windowId: string, start: string) => {
    const code = generateBookingCode((n) => randomBytes(n));
    const end = toShanghaiIso(new Date(Date.parse(start) + 30 * 60_000));
    const now = new Date();
    const at = toShanghaiIso(new Date(Math.floor(now.getTime() / 60_000) * 60_000));
    const phone = citizenOf('direct', 10_000_000 + person++).phone;
    const personId = hasher.personId(TENANT, phone);
    const booking = {
      code,
      tenantId: TENANT,
      matterId,
      hallId: HALL,
      windowIds,
      windowId,
      start,
      end,
      status: 'booked' as const,
      channel: 'online' as const,
      createdAt: at,
      updatedAt: at,
      history: [{ at, action: 'created' as const, actor: 'citizen' as const, channel: 'online' as const }],
      applicant: { name: '周立春', phone, agent: false },
    };
    const outcome = await store.createBooking({
      booking,
      personId,
      notice: noticeSnapshot(config, booking),
      placeLimit: STAFF,
      idempotency: { key: randomUUID(), requestHash: 'stored-by-bench' },
      ledger: {
        personId,
        expectedVersion: 0,
        entries: [{ code, matterId, hallId: HALL, date: day.date, end }],
      },
      now,
    });
    return outcome === 'created' ? 'stored' : outcome;
  };
  /** DynamoDB Local cancels transactions that meet on a counter: a booking is tried up to three times. */
  const storeWithRetry = async (matterId: string, windowIds: string[], windowId: string, start: string) => {
    let outcome = 'not tried';
    for (let attempt = 0; attempt < 3 && outcome !== 'stored'; attempt++) {
      try {
        outcome = await storeOne(matterId, windowIds, windowId, start);
      } catch (error) {
        outcome = `error:${error instanceof Error ? error.name : 'unknown'}`;
      }
    }
    return outcome;
  };
  const fillDeadline = performance.now() + plan.fillMaxMs;
  const storeAll = async (label: string, items: readonly (() => Promise<string>)[]) => {
    const run = await runPhase({
      count: items.length,
      concurrency: 4,
      maxMs: Math.max(1_000, fillDeadline - performance.now()),
      task: (i) => items[i]!(),
    });
    const n = run.outcomes.stored ?? 0;
    f.log(`  ${label}: ${n} of ${items.length} bookings stored in ${(run.wallMs / 1000).toFixed(1)} s`);
    return n;
  };

  // The matter's own state, the same at every level: a booking on each window at the slot and at each other time used.
  const base = [slot, ...ownTimes].flatMap((start) =>
    served.map((windowId) => () => storeWithRetry(MATTER, served, windowId, start)),
  );
  const baseBookings = await storeAll('the matter at every window and time used', base);

  let filled = 0;
  let storedFill = 0;
  let own = 0;
  const fillTo = async (level: number) => {
    const items: (() => Promise<string>)[] = [];
    let ownAdded = 0;
    for (let i = filled; i < level; i++) {
      if (i % plan.ownEvery === 0) {
        const k = Math.floor(i / plan.ownEvery);
        items.push(() =>
          storeOne(MATTER, served, served[k % served.length]!, ownTimes[k % ownTimes.length]!),
        );
        ownAdded++;
      } else {
        const start = day.starts[(i * 7) % day.starts.length]!;
        items.push(() => storeWithRetry(NEIGHBOUR, neighbours, neighbours[i % neighbours.length]!, start));
      }
    }
    if (items.length > 0) storedFill += await storeAll(`filling to ${level}`, items);
    filled = level;
    own += ownAdded;
  };

  const question = { tenantId: TENANT, hallId: HALL, matterId: MATTER, date: day.date };
  const target: SlotRef = { ...question, start: slot, end: '', capacity: 0 };
  let citizens = 0;
  const book = async () =>
    String((await f.http.create(target, citizenOf('http', 5_000_000 + citizens++))).status);
  const levels: FillLevelResult[] = [];
  for (const level of plan.levels) {
    await fillTo(level);
    // The first requests after a configuration change read the whole configuration once.
    await runPhase({
      count: 5,
      concurrency: 1,
      maxMs: 5_000,
      task: async () => String((await f.http.availability(question)).status),
    });
    f.log(
      `50 windows, ${level} bookings: availability ${plan.availability}, booking ${plan.create}, one at a time`,
    );
    const availability = await measureSide(f.serverMeter, {
      count: plan.availability,
      concurrency: 1,
      maxMs: plan.phaseMaxMs,
      task: async () => String((await f.http.availability(question)).status),
    });
    const create = await measureSide(f.serverMeter, {
      count: plan.create,
      concurrency: 1,
      maxMs: plan.phaseMaxMs,
      task: book,
    });
    levels.push({ otherBookings: storedFill, ownAtOtherTimes: own, availability, create });
  }
  const flatOf = (side: (l: FillLevelResult) => SideResult) =>
    sameAtEveryLevel(levels.map((l) => side(l).dynamo.itemsReadPerRequest)) &&
    sameAtEveryLevel(levels.map((l) => side(l).dynamo.capacityUnitsPerRequest));
  return {
    tenantId: TENANT,
    hallId: HALL,
    date: day.date,
    slot,
    windows: plan.windows,
    baseBookings,
    levels,
    flat: { availability: flatOf((l) => l.availability), create: flatOf((l) => l.create) },
  };
}
