import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BookingHarness,
  bookingHarness,
  ipOf,
  phoneOf,
  postBooking,
  postChange,
  storeBooking,
  tally,
} from './support/booking-harness.js';

const tenantId = 'zaozhuang-gxq';
const hallId = 'zaozhuang-gxq-hall';
const matterId = 'company-registration';
const CONCURRENT = 500;

let h: BookingHarness;

beforeAll(async () => {
  h = await bookingHarness('booking-contention', '2026-03-02T10:00:00+08:00');
  await h.editConfig(tenantId, (config) => {
    // Window B02 with 6 people and the seed's 20 % desk/phone holdback: 6 - floor(1.2) = 5 online places.
    config.windows.find((w) => w.id === 'b02')!.staffCount = 6;
    config.bookingPolicy.rateLimitPerMinute = 10_000;
  });
});

afterAll(() => h.close());

/** Places taken in each slot against the bookings stored for it, read back from the hall's day ledger. */
async function countersAgainstBookings(date: string, starts: readonly string[]) {
  const bookings = await h.store.bookingsOfHallDay(tenantId, hallId, date);
  return Promise.all(
    starts.map(async (start) => ({
      start,
      counter: await h.store.slotTaken(tenantId, { hallId, matterId, start }),
      stored: bookings.filter(
        (b) => b.booking.start === start && b.booking.matterId === matterId && b.booking.status === 'booked',
      ).length,
    })),
  );
}

describe('a slot is never sold beyond its capacity', () => {
  it(`sells the 5 online places of one slot exactly 5 times to ${CONCURRENT} concurrent bookers`, async () => {
    // Prepare
    const start = '2026-03-03T10:00:00+08:00';
    const before = await h.app.request(
      `/v1/tenants/${tenantId}/availability?matterId=${matterId}&hallId=${hallId}&date=2026-03-03`,
    );
    const slot = ((await before.json()) as { slots: { start: string; remaining: number }[] }).slots.find(
      (s) => s.start === start,
    );
    expect(slot?.remaining).toBe(5);

    // Act
    const responses = await Promise.all(
      Array.from({ length: CONCURRENT }, (_, i) =>
        postBooking(
          h,
          { tenantId, matterId, hallId, start, applicant: { phone: phoneOf(i) } },
          { ip: ipOf(i) },
        ),
      ),
    );

    // Assess
    expect(await tally(responses)).toEqual({ '201': 5, '409 slot_full': CONCURRENT - 5 });
    expect(await countersAgainstBookings('2026-03-03', [start])).toEqual([{ start, counter: 5, stored: 5 }]);
  });
});

describe('a reschedule moves a place atomically', () => {
  const target = '2026-03-03T09:00:00+08:00';
  const sourceDates = ['2026-03-04', '2026-03-05', '2026-03-06', '2026-03-09', '2026-03-10', '2026-03-11'];
  const times = Array.from({ length: 17 }, (_, i) => {
    const minutes = 9 * 60 + 30 * i;
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  });
  // 100 source slots of 5 bookings each: 500 people, each wanting to move into the target slot.
  const sourceStarts = sourceDates.flatMap((d) => times.map((t) => `${d}T${t}:00+08:00`)).slice(0, 100);
  const movers = sourceStarts.flatMap((start, s) =>
    Array.from({ length: 5 }, (_, k) => ({ start, phone: phoneOf(10_000 + s * 5 + k) })),
  );
  const holders = Array.from({ length: 5 }, (_, k) => phoneOf(20_000 + k));
  let moverCodes: string[] = [];
  let holderCodes: string[] = [];

  const slot = { tenantId, hallId, matterId, windowIds: ['b02'], slotMinutes: 30, limit: 5 };

  beforeAll(async () => {
    holderCodes = await Promise.all(
      holders.map((phone) => storeBooking(h, { ...slot, start: target, phone })),
    );
    moverCodes = await Promise.all(
      movers.map((m) => storeBooking(h, { ...slot, start: m.start, phone: m.phone })),
    );
  });

  async function moveAllIntoTarget(firstIp: number) {
    return Promise.all(
      movers.map((m, i) =>
        postChange(
          h,
          tenantId,
          moverCodes[i]!,
          'reschedule',
          { phone: m.phone, start: target },
          ipOf(firstIp + i),
        ),
      ),
    );
  }

  /** Every counter of the source dates and the target day against the bookings stored in each slot. */
  async function allCounters() {
    const days = await Promise.all(
      ['2026-03-03', ...sourceDates].map((date) =>
        countersAgainstBookings(
          date,
          times.map((t) => `${date}T${t}:00+08:00`),
        ),
      ),
    );
    return days.flat();
  }

  it(`lets none of ${CONCURRENT} concurrent reschedules into a full slot in, and loses no place`, async () => {
    // Act
    const responses = await moveAllIntoTarget(100_000);

    // Assess
    expect(await tally(responses)).toEqual({ '409 slot_full': CONCURRENT });
    const counters = await allCounters();
    for (const c of counters) expect(c.counter, c.start).toBe(c.stored);
    expect(counters.find((c) => c.start === target)).toEqual({ start: target, counter: 5, stored: 5 });
    const sources = counters.filter((c) => sourceStarts.includes(c.start));
    expect(sources.map((c) => c.counter)).toEqual(sourceStarts.map(() => 5));
  });

  it(`lets exactly 2 of ${CONCURRENT} concurrent reschedules into a slot with 2 free places`, async () => {
    // Prepare: two holders give their places back.
    for (const k of [0, 1]) {
      const cancelled = await postChange(h, tenantId, holderCodes[k]!, 'cancel', { phone: holders[k] });
      expect(cancelled.status).toBe(200);
    }

    // Act
    const responses = await moveAllIntoTarget(200_000);

    // Assess
    expect(await tally(responses)).toEqual({ '200': 2, '409 slot_full': CONCURRENT - 2 });
    const counters = await allCounters();
    for (const c of counters) expect(c.counter, c.start).toBe(c.stored);
    expect(counters.find((c) => c.start === target)).toEqual({ start: target, counter: 5, stored: 5 });
    const sourceTotal = counters
      .filter((c) => sourceStarts.includes(c.start))
      .reduce((n, c) => n + c.counter, 0);
    expect(sourceTotal).toBe(CONCURRENT - 2);
  });
});
