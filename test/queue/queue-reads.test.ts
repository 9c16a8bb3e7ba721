import { randomBytes } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  acceptTicket,
  callTicket,
  completeTicket,
  formatTicketNumber,
  generateBookingCode,
  positionOf,
  queueOfHall,
  type StoredTicket,
  type Ticket,
  toShanghaiIso,
} from '@openhall/domain';
import { DynamoQueueStore, queueParams } from '@openhall/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemsReadOf } from '../../packages/local/src/bench/dynamo-meter.js';
import { type BookingHarness, bookingHarness } from '../booking/support/booking-harness.js';
import { HALL, json, post, staffHeaders, T } from './queue-support.js';

/*
 * What reading the queue costs as the day fills: call-next, the window's screen and the citizen's
 * ticket page read the hall-day's open tickets (and a few served counters), so the items a Query
 * scans follow the people waiting, not the tickets served. Counted by DynamoDB itself (each Query's
 * ScannedCount and consumed capacity), through a meter on the app's client.
 */

const CATEGORY = 'approval-bureau';
const WINDOW = 'b02';
const WAITING = 5;
const SERVED = 200;
const DATE = '2026-12-01';

let h: BookingHarness;
let store: DynamoQueueStore;
let windowIds: string[];
let b02: Record<string, string>;
/** Every Query the app's client answered since the last reset: items scanned and capacity. */
let queries: { items: number; units: number }[] = [];

beforeAll(async () => {
  h = await bookingHarness('queue-reads', `${DATE}T09:00:00+08:00`);
  store = new DynamoQueueStore(h.client, h.table.tableName);
  const config = (await h.configStore.getConfig(T))!.config;
  windowIds = queueOfHall(config, HALL).categories.find((c) => c.id === CATEGORY)!.windowIds;
  b02 = await staffHeaders(h, `${T}-${WINDOW}-a`, ['window']);
  h.client.middlewareStack.add(
    (next, context) => async (args) => {
      const query = context.commandName === 'QueryCommand';
      if (query) (args.input as Record<string, unknown>).ReturnConsumedCapacity = 'TOTAL';
      const result = await next(args);
      if (query) {
        const output = result.output as Record<string, unknown> & {
          ConsumedCapacity?: { CapacityUnits?: number };
        };
        queries.push({ items: itemsReadOf(output), units: output.ConsumedCapacity?.CapacityUnits ?? 0 });
      }
      return result;
    },
    { step: 'initialize', name: 'queueReadsMeter', override: true },
  );
});
afterAll(() => h.close());

const at = (minute: number) => new Date(Date.parse(`${DATE}T09:00:00+08:00`) + minute * 60_000);

/** A walk-in of the category written by the store's own transaction, as the kiosk writes it. */
async function issueAt(now: Date): Promise<StoredTicket> {
  const n = await store.nextNumber(T, HALL, DATE, CATEGORY);
  const stamp = toShanghaiIso(now);
  const stored: StoredTicket = {
    ticket: {
      tenantId: T,
      hallId: HALL,
      date: DATE,
      categoryId: CATEGORY,
      code: generateBookingCode((k) => randomBytes(k)),
      number: formatTicketNumber('A', n),
      kind: 'walk-in',
      priority: false,
      status: 'queued',
      windowIds,
      arrivedAt: stamp,
      calls: 0,
      handlers: [],
      record: {},
      history: [{ at: stamp, action: 'issued', actor: 'citizen' }],
    },
    version: 1,
  };
  expect(await store.createTicket({ ticket: stored, events: [] })).toBe('created');
  return stored;
}

async function change(before: StoredTicket, ticket: Ticket): Promise<StoredTicket> {
  const after = { ...before, ticket, version: before.version + 1 };
  expect(await store.saveTicket({ ticket: after, expectedVersion: before.version, events: [] })).toBe(
    'saved',
  );
  return after;
}

/** Accepted and completed at B02, `minutes` apart: what a served ticket leaves behind. */
async function finish(called: StoredTicket, now: Date, minutes: number): Promise<void> {
  const actor = `${T}-${WINDOW}-a`;
  const accepted = await change(called, acceptTicket(called.ticket, undefined, { actor, now }));
  const done = new Date(now.getTime() + minutes * 60_000);
  await change(
    accepted,
    completeTicket(accepted.ticket, { outcome: { kind: 'completed' } }, { actor, now: done }),
  );
}

async function serveOne(now: Date): Promise<void> {
  const issued = await issueAt(now);
  const called = await change(issued, callTicket(issued.ticket, WINDOW, { actor: `${T}-${WINDOW}-a`, now }));
  await finish(called, now, 4 + (issued.version % 3));
}

/** The Queries one request sent, and what it answered. */
async function metered(request: () => Response | Promise<Response>) {
  queries = [];
  const res = await request();
  expect(res.status).toBe(200);
  return { body: await json(res), queries: [...queries] };
}

const callNext = () => metered(() => post(h, `/v1/tenants/${T}/windows/${WINDOW}/call-next`, {}, b02));

describe('reading the queue as the day fills', () => {
  it('scans the open tickets on call-next, the same with 0 and with 200 tickets served', async () => {
    h.setNow(toShanghaiIso(at(30)));
    for (let i = 0; i < WAITING; i++) await issueAt(at(i));
    const early = await callNext();
    // One Query (no priority ratio in this hall), scanning the open tickets only.
    expect(early.queries).toHaveLength(1);
    expect(early.queries[0]!.items).toBe(WAITING);
    const calledEarly = (await store.getTicket(T, (early.body as { code: string }).code))!;
    await finish(calledEarly, at(31), 5);
    await issueAt(at(31));

    // The day fills: 200 tickets issued, called, accepted and completed at B02.
    for (let i = 0; i < SERVED; i += 10)
      await Promise.all(Array.from({ length: 10 }, (_, k) => serveOne(at(32 + ((i + k) % 200)))));
    h.setNow(toShanghaiIso(at(300)));

    const late = await callNext();
    expect(late.queries).toHaveLength(1);
    expect(late.queries[0]!.items).toBe(WAITING);
    expect(late.queries[0]!.units).toBe(early.queries[0]!.units);

    // The priority ratio's read: the last few first calls, newest first, scanning those only.
    queries = [];
    const recent = await store.recentCalls(T, HALL, DATE, 3);
    expect(queries.map((q) => q.items)).toEqual([3]);
    expect(recent[0]).toMatchObject({ number: (late.body as { number: string }).number, priority: false });
    expect([...recent].sort((a, b) => (a.calledAt < b.calledAt ? 1 : -1))).toEqual(recent);

    // Before: the whole hall-day's Query, which call-next sent until now, scans every ticket.
    queries = [];
    await h.client.send(new QueryCommand(queueParams(h.table.tableName, T, HALL, DATE)));
    expect(queries[0]!.items).toBeGreaterThanOrEqual(SERVED + WAITING + 1);
    expect(queries[0]!.units).toBeGreaterThan(late.queries[0]!.units * 5);
  });

  it('answers the ticket page and the window screen from the open tickets and the served counters', async () => {
    const open = await store.openQueueOf(T, HALL, DATE);
    const queued = open.filter((s) => s.ticket.status === 'queued');
    expect(queued.length).toBeGreaterThan(1);
    const last = queued.map((s) => s.ticket).sort((a, b) => (a.number < b.number ? 1 : -1))[0]!;

    const page = await metered(() => h.app.request(`/v1/tenants/${T}/queue-tickets/${last.code}`));
    // One Query: the open tickets, the category's served counter and B02's.
    expect(page.queries).toHaveLength(1);
    expect(page.queries[0]!.items).toBe(open.length + 2);
    // The same position and wait as the whole day's tickets give.
    const whole = (await store.queueOf(T, HALL, DATE)).map((s) => s.ticket);
    const rules = queueOfHall((await h.configStore.getConfig(T))!.config, HALL).rules;
    expect(page.body).toMatchObject(positionOf(whole, last, rules));

    const screen = await metered(() =>
      h.app.request(`/v1/tenants/${T}/windows/${WINDOW}/queue`, { headers: b02 }),
    );
    expect(screen.queries).toHaveLength(1);
    expect(screen.queries[0]!.items).toBe(open.length + 2);
    expect(screen.body).toMatchObject({ finished: SERVED + 1 });
    expect((screen.body as { waiting: unknown[] }).waiting).toHaveLength(queued.length);
  });
});

describe('counting services for the wait estimate', () => {
  it('counts completions at two windows at the same moment, each in its own completion, and nothing for one that did not land', async () => {
    const before = (await store.liveQueueOf(T, HALL, DATE)).served;
    const other = windowIds.find((w) => w !== WINDOW)!;
    const now = at(300);
    const calledAt = async (windowId: string) => {
      const issued = await issueAt(now);
      const actor = `${T}-${windowId}-a`;
      const called = await change(issued, callTicket(issued.ticket, windowId, { actor, now }));
      return change(called, acceptTicket(called.ticket, undefined, { actor, now }));
    };
    const [one, two] = await Promise.all([calledAt(WINDOW), calledAt(other)]);
    const complete = (s: StoredTicket, windowId: string, minutes: number, expectedVersion = s.version) =>
      store.saveTicket({
        ticket: {
          ...s,
          ticket: completeTicket(
            s.ticket,
            { outcome: { kind: 'completed' } },
            { actor: `${T}-${windowId}-a`, now: new Date(now.getTime() + minutes * 60_000) },
          ),
          version: s.version + 1,
        },
        expectedVersion,
        events: [],
      });
    // A completion over a version that moved on lands nothing, the count included.
    expect(await complete(one!, WINDOW, 3, one!.version - 1)).toBe('ticket_changed');
    expect(await Promise.all([complete(one!, WINDOW, 3), complete(two!, other, 5)])).toEqual([
      'saved',
      'saved',
    ]);

    const after = (await store.liveQueueOf(T, HALL, DATE)).served;
    expect(after.categories[CATEGORY]!.count).toBe((before.categories[CATEGORY]?.count ?? 0) + 2);
    expect(after.categories[CATEGORY]!.serviceMs).toBe(
      (before.categories[CATEGORY]?.serviceMs ?? 0) + 8 * 60_000,
    );
    expect(after.windows[WINDOW]).toBe((before.windows[WINDOW] ?? 0) + 1);
    expect(after.windows[other]).toBe((before.windows[other] ?? 0) + 1);
  });
});
