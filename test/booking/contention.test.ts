import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BookingHarness,
  bookingHarness,
  countersAndBookings,
  ipOf,
  phoneOf,
  postBooking,
  postChange,
  storeBooking,
  takenAt,
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
    // Window B11 with 4 people, serving seven matters of 20 to 60 minutes: 4 - floor(0.8) = 4 online.
    config.windows.find((w) => w.id === 'b11')!.staffCount = 4;
    config.bookingPolicy.rateLimitPerMinute = 10_000;
  });
});

afterAll(() => h.close());

const b02 = { tenantId, hallId, windowId: 'b02' };

/** Every place counter of each day equals what the bookings stored for that day hold. */
async function expectCountersToMatchBookings(dates: readonly string[]) {
  for (const date of dates) {
    const { counters, fromBookings } = await countersAndBookings(h, tenantId, hallId, date);
    expect(counters, date).toEqual(fromBookings);
  }
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
    expect(await takenAt(h, b02, start)).toBe(5);
    await expectCountersToMatchBookings(['2026-03-03']);
  });
});

describe('a retry with the same Idempotency-Key always answers the booking it made', () => {
  // 25 rounds on 25 slots of B02: a race lost 1 round in 7 before the write's re-read kept the key.
  const days = ['2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19', '2026-03-20'];
  const starts = days.flatMap((d) =>
    ['09:00', '09:30', '10:00', '10:30', '11:00'].map((t) => `${d}T${t}:00+08:00`),
  );
  const SAME_KEY = 50;

  afterAll(() => expectCountersToMatchBookings(days));

  it.each(starts.map((start, round) => ({ start, round })))(
    `makes exactly one booking of ${SAME_KEY} concurrent identical requests at $start`,
    async ({ start, round }) => {
      // Prepare
      const key = randomUUID();
      const phone = phoneOf(70_000 + round);
      const input = { tenantId, matterId, hallId, start, applicant: { phone } };

      // Act
      const responses = await Promise.all(
        Array.from({ length: SAME_KEY }, () => postBooking(h, input, { key, ip: ipOf(400_000 + round) })),
      );

      // Assess
      const answers = await Promise.all(
        responses.map(async (r) => `${r.status} ${((await r.json()) as { code?: string }).code}`),
      );
      const code = answers.find((a) => a.startsWith('201 '))?.slice(4);
      expect(code).toBeDefined();
      expect(answers).toEqual(answers.map(() => `201 ${code}`));
      expect(await takenAt(h, b02, start)).toBe(1);
      const stored = await h.store.bookingsOfHallDay(tenantId, hallId, start.slice(0, 10));
      expect(stored.filter((b) => b.booking.applicant.phone === phone).map((b) => b.booking.code)).toEqual([
        code,
      ]);
    },
  );
});

describe('a window is never sold beyond its people, whatever the matter', () => {
  // B11's matters with a slot starting at 10:00: 20, 30 and 60 minutes long.
  const matters = [
    'investment-project-filing',
    'civil-defence-basement-approval',
    'housing-presale-permit',
    'construction-enterprise-qualification',
    'completion-acceptance-filing',
    'construction-permit',
  ];

  it(`sells the 4 places of B11 at 10:00 exactly 4 times to ${CONCURRENT} bookers of ${matters.length} matters`, async () => {
    // Prepare
    const date = '2026-03-12';
    const start = `${date}T10:00:00+08:00`;

    // Act
    const responses = await Promise.all(
      Array.from({ length: CONCURRENT }, (_, i) =>
        postBooking(
          h,
          {
            tenantId,
            matterId: matters[i % matters.length]!,
            hallId,
            start,
            applicant: { phone: phoneOf(50_000 + i) },
          },
          { ip: ipOf(300_000 + i) },
        ),
      ),
    );

    // Assess
    expect(await tally(responses)).toEqual({ '201': 4, '409 slot_full': CONCURRENT - 4 });
    expect(await takenAt(h, { tenantId, hallId, windowId: 'b11' }, start)).toBe(4);
    await expectCountersToMatchBookings([date]);
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

  /** Places taken at B02 at the start of each source slot. */
  const sourceCounters = () => Promise.all(sourceStarts.map((start) => takenAt(h, b02, start)));

  it(`lets none of ${CONCURRENT} concurrent reschedules into a full slot in, and loses no place`, async () => {
    // Act
    const responses = await moveAllIntoTarget(100_000);

    // Assess
    expect(await tally(responses)).toEqual({ '409 slot_full': CONCURRENT });
    await expectCountersToMatchBookings(['2026-03-03', ...sourceDates]);
    expect(await takenAt(h, b02, target)).toBe(5);
    expect(await sourceCounters()).toEqual(sourceStarts.map(() => 5));
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
    await expectCountersToMatchBookings(['2026-03-03', ...sourceDates]);
    expect(await takenAt(h, b02, target)).toBe(5);
    expect((await sourceCounters()).reduce((n, c) => n + c, 0)).toBe(CONCURRENT - 2);
  });
});
