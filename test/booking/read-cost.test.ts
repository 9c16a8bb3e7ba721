import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { placeCounterSk, placeCountersPk } from '@openhall/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BookingHarness,
  bookingHarness,
  phoneOf,
  postBooking,
  storeBooking,
} from './support/booking-harness.js';
import { meterReads, type ReadMeter, type ReadTotals } from './support/read-meter.js';

/*
 * What availability and a booking read must not grow with the rest of the hall-day. A matter served
 * by 50 windows of one hall (perf-01 .. perf-50); beside each, a window of another matter whose id
 * sorts right after it (perf-01-x .. perf-50-x), so a sort-key range from the first window to the
 * last takes in every neighbour. The hall-day is filled with 0, 100 and 1000 bookings at the
 * neighbours, all day long, and the reads of the matter are counted at each level.
 */
const tenantId = 'zaozhuang-gxq';
const hallId = 'zaozhuang-gxq-hall';
const matterId = 'read-cost-matter';
const neighbourMatterId = 'read-cost-neighbour';
/** Friday 20 November 2026; the day read is the Tuesday after (9:00-17:30, 17 half-hour slots). */
const NOW = '2026-11-20T10:00:00+08:00';
const DATE = '2026-11-24';
const SLOT = `${DATE}T10:00:00+08:00`;
const WINDOWS = 50;
/** Ten people per window, 20 % held back: 8 online places in every bucket. */
const STAFF = 10;
const ONLINE = 8;
const SLOT_STARTS = Array.from({ length: 17 }, (_, i) => {
  const minutes = 9 * 60 + i * 30;
  return `${DATE}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${minutes % 60 === 0 ? '00' : '30'}:00+08:00`;
});

const pad = (i: number) => String(i + 1).padStart(2, '0');
const served = Array.from({ length: WINDOWS }, (_, i) => `perf-${pad(i)}`);
const neighbours = served.map((id) => `${id}-x`);

let h: BookingHarness;
let meter: ReadMeter;
let person = 0;
const nextPhone = () => phoneOf(person++);

beforeAll(async () => {
  h = await bookingHarness('booking-read-cost', NOW);
  meter = meterReads(h.client);
  await h.editConfig(tenantId, (config) => {
    config.bookingPolicy.rateLimitPerMinute = 10_000;
    const template = config.windows.find((w) => w.id === 'b02')!;
    for (const [i, id] of served.entries()) {
      config.windows.push({ ...template, id, code: `P${pad(i)}`, staffCount: STAFF });
      config.windows.push({ ...template, id: neighbours[i]!, code: `P${pad(i)}-X`, staffCount: STAFF });
    }
    const base = config.matters.find((m) => m.id === 'company-registration')!;
    config.matters.push({ ...base, id: matterId, windowIds: served, slotMinutes: 30 });
    config.matters.push({ ...base, id: neighbourMatterId, windowIds: neighbours, slotMinutes: 30 });
  });
  // The matter's own state, the same at every level: one booking at 10:00 on each of its windows,
  // so all 300 counters a 10:00 booking decides on exist (50 windows × 6 buckets).
  await storeAll(served.map((windowId) => ({ matter: matterId, windowIds: served, windowId, start: SLOT })));
}, 120_000);

afterAll(() => h.close());

interface Stored {
  matter: string;
  windowIds: string[];
  windowId: string;
  start: string;
}

/** Stores bookings through the store's own transaction, a few at a time. */
async function storeAll(bookings: readonly Stored[]): Promise<void> {
  for (let i = 0; i < bookings.length; i += 8) {
    await Promise.all(
      bookings.slice(i, i + 8).map((b) =>
        storeBooking(h, {
          tenantId,
          hallId,
          matterId: b.matter,
          windowIds: b.windowIds,
          windowId: b.windowId,
          slotMinutes: 30,
          start: b.start,
          phone: nextPhone(),
          limit: STAFF,
        }),
      ),
    );
  }
}

/** The i-th filling booking: neighbour window i mod 50, spread over the day's 17 slots. */
function neighbourBooking(i: number): Stored {
  return {
    matter: neighbourMatterId,
    windowIds: neighbours,
    windowId: neighbours[i % WINDOWS]!,
    start: SLOT_STARTS[(i * 7) % SLOT_STARTS.length]!,
  };
}

interface Measured {
  level: string;
  availability: ReadTotals;
  availabilityCounters: ReadTotals;
  booking: ReadTotals;
  bookingCounters: ReadTotals;
  remainingAt10: number | undefined;
  windowId: string;
  /** For comparison: one sort-key range from the first window to the last, as read before. */
  oneRange: { availability: ReadTotals; booking: ReadTotals };
}

/** What one Query from the first window's `from` to the last window's `to` goes through. */
async function oneRange(from: string, to: string): Promise<ReadTotals> {
  meter.reset();
  await h.client.send(
    new QueryCommand({
      TableName: h.table.tableName,
      KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :low AND :high',
      ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
      ExpressionAttributeValues: {
        ':pk': placeCountersPk(tenantId, hallId, DATE),
        ':low': placeCounterSk(served[0]!, from),
        ':high': placeCounterSk(served.at(-1)!, to),
      },
      Select: 'COUNT',
      ConsistentRead: true,
    }),
  );
  return meter.totals();
}

/** Availability of the matter on the day, then one booking at 10:00, each with its reads counted. */
async function measure(level: string): Promise<Measured> {
  const compared = {
    availability: await oneRange('00:00', '23:55'),
    booking: await oneRange('10:00', '10:25'),
  };
  meter.reset();
  const response = await h.app.request(
    `/v1/tenants/${tenantId}/availability?${new URLSearchParams({ matterId, hallId, date: DATE })}`,
  );
  expect(response.status).toBe(200);
  const slots = ((await response.json()) as { slots: { start: string; remaining: number }[] }).slots;
  const availability = meter.totals();
  const availabilityCounters = meter.totals('QueryCommand');

  meter.reset();
  const booked = await postBooking(h, {
    tenantId,
    hallId,
    matterId,
    start: SLOT,
    applicant: { phone: nextPhone() },
  });
  expect(booked.status).toBe(201);
  const { windowId } = (await booked.json()) as { windowId: string };
  return {
    level,
    availability,
    availabilityCounters,
    booking: meter.totals(),
    bookingCounters: meter.totals('QueryCommand'),
    remainingAt10: slots.find((s) => s.start === SLOT)?.remaining,
    windowId,
    oneRange: compared,
  };
}

function print(title: string, rows: readonly Measured[]) {
  const line = (t: ReadTotals) => `${t.calls} calls, ${t.items} items, ${t.capacityUnits} CU`;
  console.log(
    [
      title,
      ...rows.map(
        (r) =>
          `  ${r.level.padEnd(26)} availability: ${line(r.availability)} (counters ${line(r.availabilityCounters)})` +
          ` | booking: ${line(r.booking)} (counters ${line(r.bookingCounters)})` +
          ` | one range would read: availability ${line(r.oneRange.availability)}, booking ${line(r.oneRange.booking)}`,
      ),
    ].join('\n'),
  );
}

/** Reads of one request, without the call count where only items and capacity are compared. */
const cost = (t: ReadTotals) => ({ items: t.items, capacityUnits: t.capacityUnits });

describe('reads of availability and booking do not grow with the hall-day', () => {
  it('reads the same items and capacity with 0, 100 and 1000 bookings at the other windows', async () => {
    // Act: each level is measured, then filled up to the next.
    const rows: Measured[] = [];
    rows.push(await measure('0 other bookings'));
    await storeAll(Array.from({ length: 100 }, (_, i) => neighbourBooking(i)));
    rows.push(await measure('100 other bookings'));
    await storeAll(Array.from({ length: 900 }, (_, i) => neighbourBooking(100 + i)));
    rows.push(await measure('1000 other bookings'));
    print('Reads per request (a matter at 50 windows, the hall-day filled at other windows):', rows);

    // Assess: the answers see only the matter's own bookings (one per window, plus those made here).
    expect(rows.map((r) => r.remainingAt10)).toEqual([0, 1, 2].map((k) => WINDOWS * (ONLINE - 1) - k));
    expect(rows.map((r) => r.windowId)).toEqual(['perf-01', 'perf-01', 'perf-01']);
    // The booking's counters are its slot's 6 buckets on the 50 windows, and nothing else.
    expect(rows[0]!.bookingCounters.items).toBe(WINDOWS * 6);
    expect(rows[0]!.availabilityCounters.items).toBe(WINDOWS * 6);
    // The filling lands inside one range from the first window to the last (what was read before).
    expect(rows[2]!.oneRange.booking.items).toBeGreaterThan(10 * rows[0]!.oneRange.booking.items);
    for (const r of rows.slice(1)) {
      expect(cost(r.availability), r.level).toEqual(cost(rows[0]!.availability));
      expect(cost(r.booking), r.level).toEqual(cost(rows[0]!.booking));
      expect(r.availability.calls, r.level).toBe(rows[0]!.availability.calls);
      expect(r.booking.calls, r.level).toBe(rows[0]!.booking.calls);
    }
  }, 300_000);

  it('reads the same for a booking with 0 and 100 more bookings of the matter itself at other times', async () => {
    // Prepare: times of the day that do not touch 10:00-10:30 (the third slot).
    const otherStarts = SLOT_STARTS.filter((s) => s !== SLOT);
    const own = (i: number): Stored => ({
      matter: matterId,
      windowIds: served,
      windowId: served[i % WINDOWS]!,
      start: otherStarts[(i * 7) % otherStarts.length]!,
    });

    // Act
    const rows: Measured[] = [];
    rows.push(await measure('0 more of its own'));
    await storeAll(Array.from({ length: 100 }, (_, i) => own(i)));
    rows.push(await measure('100 more of its own'));
    print('Reads per request (the matter’s own windows filled at other times):', rows);

    // Assess: the booking still reads only its 300 counters; availability reads the matter's
    // counters of the day, which now include the 100 bookings' 6 buckets each, and nothing else.
    expect(cost(rows[1]!.booking)).toEqual(cost(rows[0]!.booking));
    expect(rows[1]!.bookingCounters.items).toBe(WINDOWS * 6);
    expect(rows[1]!.availabilityCounters.items).toBe(WINDOWS * 6 + 100 * 6);
  }, 120_000);
});
