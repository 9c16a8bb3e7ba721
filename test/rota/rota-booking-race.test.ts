import {
  type BookingStore,
  BookingsStrandedError,
  minutesOf,
  type RotaAssignment,
  type RotaStore,
  rosteredPlaces,
  SlotFullError,
} from '@openhall/domain';
import { seedConfig } from '@openhall/seed';
import { createBooking, createKeyedHasher, saveRotaDay } from '@openhall/services';
import { InMemoryRateLimiter } from '@openhall/services/testing';
import { DynamoRotaStore } from '@openhall/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BookingHarness,
  bookingHarness,
  countersAndBookings,
  ipOf,
  phoneOf,
  postBooking,
  TEST_HASH_SECRET,
} from '../booking/support/booking-harness.js';

// Chengde, planned and booked on Tuesday 1 December 2026 for the Saturdays and Sundays after.
const NOW = '2026-12-01T10:00:00+08:00';
const tenantId = 'chengde-gxq';
const hallId = 'chengde-gxq-center';
const matterId = 'enterprise-registration'; // served at approval-1 and approval-2
const config = seedConfig(tenantId);
const holderOf = (w: string, h: 'a' | 'b' = 'a') =>
  w === 'consultation-desk' ? `${tenantId}-desk` : `${tenantId}-${w}-${h}`;

function allDay(staffId: string, windowId: string): RotaAssignment[] {
  return [
    { staffId, duty: 'window', windowId, from: '09:00', to: '11:30' },
    { staffId, duty: 'window', windowId, from: '14:00', to: '17:00' },
  ];
}

/** Every window staffed, and B beside A at approval-1: three places for the matter at each slot. */
const threePlaces: RotaAssignment[] = [
  ...config.windows.flatMap((w) => allDay(holderOf(w.id), w.id)),
  ...allDay(holderOf('approval-1', 'b'), 'approval-1'),
  { staffId: `${tenantId}-section-manager`, duty: 'service-section', from: '09:00', to: '17:00' },
];
/** The edit that removes staff: B leaves approval-1 and nobody serves approval-2: one place left. */
const onePlace = threePlaces.filter(
  (a) => a.windowId !== 'approval-2' && a.staffId !== holderOf('approval-1', 'b'),
);

let h: BookingHarness;
let manager: string;
let rotaStore: DynamoRotaStore;

beforeAll(async () => {
  h = await bookingHarness('rota-booking-race', NOW);
  manager = await h.token({ sub: `${tenantId}-section-manager`, role: 'section-manager', tenantId });
  rotaStore = new DynamoRotaStore(h.client, h.table.tableName);
  await h.editConfig(tenantId, (c) => {
    c.bookingPolicy.rateLimitPerMinute = 10_000;
  });
});

afterAll(() => h.close());

function putDay(date: string, assignments: RotaAssignment[], ifMatch?: string) {
  return h.app.request(`/v1/tenants/${tenantId}/halls/${hallId}/rota-days/${date}`, {
    method: 'PUT',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${manager}`,
      ...(ifMatch ? { 'if-match': ifMatch } : {}),
    },
    body: JSON.stringify({ assignments }),
  });
}

let phones = 0;
function book(date: string, time: string) {
  const i = phones++;
  return postBooking(
    h,
    { tenantId, matterId, hallId, start: `${date}T${time}:00+08:00`, applicant: { phone: phoneOf(i) } },
    { ip: ipOf(i) },
  );
}

/**
 * What must hold whoever won: every window's counters equal its bookings, and no bucket holds more
 * bookings than the places of the rota that is stored now.
 */
async function expectWithinTheStoredRota(date: string): Promise<{ version: number; booked: string[] }> {
  const rota = await rotaStore.getRotaDay(tenantId, hallId, date);
  if (!rota) throw new Error(`no rota on ${date}`);
  const places = rosteredPlaces(rota);
  const { counters, fromBookings } = await countersAndBookings(h, tenantId, hallId, date);
  expect(counters, date).toEqual(fromBookings);
  for (const [key, n] of Object.entries(counters)) {
    const [windowId, time] = key.split('#') as [string, string];
    const m = minutesOf(time);
    expect(n, `${date} ${key}`).toBeLessThanOrEqual(places.placesAt(windowId, m, m + 5));
  }
  const booked = (await h.store.bookingsOfHallDay(tenantId, hallId, date))
    .filter((s) => s.booking.status === 'booked')
    .map((s) => s.booking.code);
  return { version: rota.version, booked };
}

function rotaDeps(overrides: { bookingStore?: BookingStore; rotaStore?: RotaStore } = {}) {
  return {
    configStore: h.configStore,
    nationalScheduleStore: h.nationalScheduleStore,
    bookingStore: overrides.bookingStore ?? h.store,
    rotaStore: overrides.rotaStore ?? rotaStore,
    now: h.now,
  };
}

describe('a booking racing a rota change on DynamoDB Local', () => {
  it('refuses the rota change when a booking lands after the change read the bookings, listing it', async () => {
    // Prepare: the day planned with three places, two of them booked.
    const date = '2026-12-05';
    expect((await putDay(date, threePlaces)).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await book(date, '09:00')).status).toBe(201);
    // The third booking lands between the change's read of the bookings and its write.
    let landed: string | undefined;
    const racing: BookingStore = Object.create(h.store);
    racing.bookingsOfHallDay = async (...args) => {
      const read = await h.store.bookingsOfHallDay(...args);
      if (!landed) {
        const res = await book(date, '09:00');
        expect(res.status).toBe(201);
        landed = ((await res.json()) as { code: string }).code;
      }
      return read;
    };

    // Act
    const refused = await saveRotaDay(rotaDeps({ bookingStore: racing }), {
      tenantId,
      hallId,
      date,
      body: { assignments: onePlace },
      expectedVersion: 1,
      actor: `${tenantId}-section-manager`,
    }).catch((e: unknown) => e);

    // Assess: the change was decided again and names both bookings beyond the one place left,
    // the one that raced it among them.
    expect(refused).toBeInstanceOf(BookingsStrandedError);
    const stranded = (refused as BookingsStrandedError).stranded.map((s) => s.code);
    expect(stranded).toHaveLength(2);
    expect(stranded).toContain(landed);
    const after = await expectWithinTheStoredRota(date);
    expect(after.version).toBe(1);
    expect(after.booked).toHaveLength(3);
  });

  it('plans a booking again when a rota that took its places lands between its read and its write', async () => {
    // Prepare: three places, one booked; the edit leaving one place lands after the next booking
    // read the rota (with three places) and before it writes.
    const date = '2026-12-06';
    expect((await putDay(date, threePlaces)).status).toBe(200);
    const first = await book(date, '09:00');
    expect(first.status).toBe(201);
    const kept = ((await first.json()) as { code: string }).code;
    const racing: RotaStore = Object.create(rotaStore);
    let edited = false;
    racing.getRotaDay = async (...args) => {
      const read = await rotaStore.getRotaDay(...args);
      if (!edited) {
        edited = true;
        expect((await putDay(date, onePlace, '"v1"')).status).toBe(200);
      }
      return read;
    };
    const deps = {
      ...rotaDeps({ rotaStore: racing }),
      rateLimiter: new InMemoryRateLimiter(),
      hasher: createKeyedHasher(TEST_HASH_SECRET),
    };

    // Act
    const second = await createBooking(deps, {
      tenantId,
      request: {
        matterId,
        hallId,
        start: `${date}T09:00:00+08:00`,
        applicant: { name: '王小明', phone: phoneOf(900), agent: false },
      },
      idempotencyKey: 'race-key-0001',
      channel: 'online',
      clientId: 'client-1',
      actor: 'citizen',
    }).catch((e: unknown) => e);

    // Assess: read with three places it would have taken a second place at approval-1; the write
    // was refused for the rota it did not see, and planned again on one place, already taken.
    expect(edited).toBe(true);
    expect(second).toBeInstanceOf(SlotFullError);
    const after = await expectWithinTheStoredRota(date);
    expect(after.version).toBe(2);
    expect(after.booked).toEqual([kept]);
  });

  // Each round: a day planned with three places, then 30 bookers of one slot and the edit that
  // leaves one place sent together, the edit after a different number of bookers each round.
  const rounds = [
    ['2026-12-12', 0],
    ['2026-12-13', 3],
    ['2026-12-19', 8],
    ['2026-12-20', 15],
    ['2026-12-26', 29],
  ] as const;
  const BOOKERS = 30;

  it(`never keeps more bookings than the places of the rota that won (${rounds.length} rounds of ${BOOKERS} bookers)`, async () => {
    const outcomes: string[] = [];
    for (const [date, editAfter] of rounds) {
      // Prepare
      expect((await putDay(date, threePlaces)).status).toBe(200);

      // Act
      const bookings: Promise<Response>[] = [];
      let edit: Promise<Response> | undefined;
      for (let i = 0; i < BOOKERS; i++) {
        if (i === editAfter) edit = Promise.resolve(putDay(date, onePlace, '"v1"'));
        bookings.push(Promise.resolve(book(date, '09:00')));
      }
      const answers = await Promise.all(bookings);
      const editAnswer = await edit!;

      // Assess
      const created: string[] = [];
      for (const res of answers) {
        expect([201, 409], date).toContain(res.status);
        if (res.status === 201) created.push(((await res.json()) as { code: string }).code);
      }
      const after = await expectWithinTheStoredRota(date);
      expect(after.booked.sort(), date).toEqual(created.sort());
      if (editAnswer.status === 200) {
        // The edit won: one place, and at most one booking kept it.
        expect(after.version, date).toBe(2);
        expect(created.length, date).toBeLessThanOrEqual(1);
        outcomes.push('edit');
      } else {
        // Bookings won: the edit is refused with those beyond the one place left when it was
        // decided (bookers still arriving after the refusal may take the places still there).
        expect(editAnswer.status, date).toBe(409);
        const problem = (await editAnswer.json()) as { code: string; stranded: { code: string }[] };
        expect(problem.code).toBe('bookings_stranded');
        expect(after.version, date).toBe(1);
        expect(created.length, date).toBeLessThanOrEqual(3);
        expect(problem.stranded.length, date).toBeGreaterThanOrEqual(1);
        expect(problem.stranded.length, date).toBeLessThanOrEqual(created.length - 1);
        for (const s of problem.stranded) expect(created).toContain(s.code);
        outcomes.push('bookings');
      }
    }
    expect(outcomes).toHaveLength(rounds.length);
  });

  it('counts every booking that took a place in the places guards of its window', async () => {
    const guards = await rotaStore.placesGuards(tenantId, hallId, '2026-12-05');
    const booked = [...guards].filter(([, seq]) => seq > 0);
    expect(booked.map(([w]) => w).sort()).toEqual(['approval-1', 'approval-2']);
    expect(booked.reduce((n, [, seq]) => n + seq, 0)).toBe(3);
  });
});
