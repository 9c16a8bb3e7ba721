import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BookingHarness,
  bookingHarness,
  countersAndBookings,
  phoneOf,
  postBooking,
  postChange,
  takenAt,
  tally,
} from './support/booking-harness.js';

/*
 * Capacity is a window's people over time. Zaozhuang's window B11 (二楼 B11) has one person and
 * serves seven matters of 20 to 60 minutes: one booking at 10:00 of any of them fills B11 at 10:00.
 */
const tenantId = 'zaozhuang-gxq';
const hallId = 'zaozhuang-gxq-hall';
const place = { tenantId, hallId };
const b11 = { tenantId, hallId, windowId: 'b11' };
/** Friday 20 November 2026, 10:00: the days below are the working days of the next week. */
const FRIDAY = '2026-11-20T10:00:00+08:00';

let h: BookingHarness;
let person = 0;
const nextPhone = () => phoneOf(person++);

beforeAll(async () => {
  h = await bookingHarness('booking-shared-window', FRIDAY);
  await h.editConfig(tenantId, (config) => {
    config.bookingPolicy.rateLimitPerMinute = 10_000;
  });
});

afterAll(() => h.close());

interface BookingBody {
  code: string;
  start: string;
  end: string;
  windowId: string;
  windowIds: string[];
  notice: { matter: { materials: { zh: string }[] }; windows: { id: string; code: string }[] };
}

async function book(matterId: string, start: string, phone = nextPhone()) {
  const response = await postBooking(h, { ...place, matterId, start, applicant: { phone } });
  return { response, phone };
}

async function booked(matterId: string, start: string): Promise<BookingBody & { phone: string }> {
  const { response, phone } = await book(matterId, start);
  expect(response.status).toBe(201);
  return { ...((await response.json()) as BookingBody), phone };
}

async function remaining(matterId: string, start: string): Promise<number | undefined> {
  const date = start.slice(0, 10);
  const response = await h.app.request(
    `/v1/tenants/${tenantId}/availability?${new URLSearchParams({ matterId, hallId, date })}`,
  );
  const body = (await response.json()) as { slots: { start: string; remaining: number }[] };
  return body.slots.find((s) => s.start === start)?.remaining;
}

async function expectCountersToMatchBookings(date: string) {
  const { counters, fromBookings } = await countersAndBookings(h, tenantId, hallId, date);
  expect(counters).toEqual(fromBookings);
}

describe('matters sharing one window share its people', () => {
  it('books one of four matters at one person’s window at 10:00 and answers the rest slot_full', async () => {
    // Prepare: the reviewer's case, four matters of 20, 30, 60 and 30 minutes at B11.
    const start = '2026-11-24T10:00:00+08:00';
    const matters = [
      'investment-project-filing',
      'construction-permit',
      'housing-presale-permit',
      'civil-defence-basement-approval',
    ];

    // Act
    const responses = await Promise.all(matters.map((matterId) => book(matterId, start)));

    // Assess
    expect(await tally(responses.map((r) => r.response))).toEqual({ '201': 1, '409 slot_full': 3 });
    const stored = await h.store.bookingsOfHallDay(tenantId, hallId, '2026-11-24');
    expect(stored.map((b) => [b.booking.start, b.booking.windowId])).toEqual([[start, 'b11']]);
    expect(await takenAt(h, b11, start)).toBe(1);
    for (const matterId of matters) expect(await remaining(matterId, start), matterId).toBe(0);
    await expectCountersToMatchBookings('2026-11-24');
  });

  it('lets a 60-minute booking at 10:00 block a 30-minute slot at 10:30, not one at 11:00', async () => {
    // Prepare
    const date = '2026-11-25';
    expect(await remaining('civil-defence-basement-approval', `${date}T10:30:00+08:00`)).toBe(1);

    // Act
    const long = await booked('housing-presale-permit', `${date}T10:00:00+08:00`);
    const overlapping = await book('civil-defence-basement-approval', `${date}T10:30:00+08:00`);
    const after = await book('civil-defence-basement-approval', `${date}T11:00:00+08:00`);

    // Assess
    expect(long).toMatchObject({ windowId: 'b11', end: `${date}T11:00:00+08:00` });
    expect(overlapping.response.status).toBe(409);
    expect(((await overlapping.response.json()) as { code: string }).code).toBe('slot_full');
    expect(after.response.status).toBe(201);
    expect(await remaining('civil-defence-basement-approval', `${date}T10:30:00+08:00`)).toBe(0);
    expect(await remaining('investment-project-filing', `${date}T10:40:00+08:00`)).toBe(0);
    await expectCountersToMatchBookings(date);
  });

  it('adds up the places of a matter’s two windows and assigns the second when the first is full', async () => {
    // Prepare: a second one-person window for construction permits only, after B11 in configuration order.
    await h.editConfig(tenantId, (config) => {
      config.windows.push({
        ...config.windows.find((w) => w.id === 'b11')!,
        id: 'b11-b',
        code: '二楼 B11-2',
      });
      config.matters.find((m) => m.id === 'construction-permit')!.windowIds.push('b11-b');
    });
    const start = '2026-11-26T14:00:00+08:00';
    expect(await remaining('construction-permit', start)).toBe(2);

    // Act: a matter served only at B11 fills B11 first.
    const presale = await booked('housing-presale-permit', start);
    const left = await remaining('construction-permit', start);
    const permit = await booked('construction-permit', start);
    const third = await book('construction-permit', start);

    // Assess
    expect(presale.windowId).toBe('b11');
    expect(left).toBe(1);
    expect(permit).toMatchObject({ windowId: 'b11-b', windowIds: ['b11', 'b11-b'] });
    expect(permit.notice.windows.map((w) => w.id)).toEqual(['b11', 'b11-b']);
    expect(third.response.status).toBe(409);
    expect(await remaining('construction-permit', start)).toBe(0);
    await expectCountersToMatchBookings('2026-11-26');
  });

  it('assigns the first window in configuration order while it has room', async () => {
    const permit = await booked('construction-permit', '2026-11-26T15:00:00+08:00');
    expect(permit.windowId).toBe('b11');
  });
});

describe('moving a booking at a one-person window', () => {
  it('moves 10:00-11:00 to 10:30-12:00: the person meets only themselves', async () => {
    // Prepare: a 60-minute booking, then the slot made 90 minutes long (grid 9:00, 10:30 ...).
    const date = '2026-11-27';
    const { code, phone } = await booked('housing-presale-permit', `${date}T10:00:00+08:00`);
    await h.editConfig(tenantId, (config) => {
      config.matters.find((m) => m.id === 'housing-presale-permit')!.slotMinutes = 90;
    });

    // Act
    const response = await postChange(h, tenantId, code, 'reschedule', {
      phone,
      start: `${date}T10:30:00+08:00`,
    });
    await h.editConfig(tenantId, (config) => {
      config.matters.find((m) => m.id === 'housing-presale-permit')!.slotMinutes = 60;
    });

    // Assess
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      windowId: 'b11',
      start: `${date}T10:30:00+08:00`,
      end: `${date}T12:00:00+08:00`,
    });
    await expectCountersToMatchBookings(date);
    expect(await takenAt(h, b11, `${date}T10:00:00+08:00`)).toBe(0);
    expect(await takenAt(h, b11, `${date}T10:30:00+08:00`)).toBe(1);
    expect(await takenAt(h, b11, `${date}T11:55:00+08:00`)).toBe(1);
    // The half hour given back is bookable again.
    expect((await book('investment-project-filing', `${date}T10:00:00+08:00`)).response.status).toBe(201);
  });

  it('refuses a move onto another person’s place and leaves both bookings and counters as they were', async () => {
    const date = '2026-11-24';
    const mine = await booked('civil-defence-basement-approval', `${date}T15:00:00+08:00`);
    await booked('investment-project-filing', `${date}T15:40:00+08:00`);
    const response = await postChange(h, tenantId, mine.code, 'reschedule', {
      phone: mine.phone,
      start: `${date}T15:30:00+08:00`,
    });
    expect(response.status).toBe(409);
    expect((await h.store.getBooking(tenantId, mine.code))?.booking.start).toBe(`${date}T15:00:00+08:00`);
    await expectCountersToMatchBookings(date);
  });

  it('gives back every bucket on cancel', async () => {
    const date = '2026-11-25';
    const { code, phone } = await booked('housing-presale-permit', `${date}T14:00:00+08:00`);
    expect((await postChange(h, tenantId, code, 'cancel', { phone })).status).toBe(200);
    expect(await remaining('investment-project-filing', `${date}T14:40:00+08:00`)).toBe(1);
    await expectCountersToMatchBookings(date);
  });
});

describe('one spelling of a start', () => {
  it.each([
    { typed: '2026-11-26T09:00+08:00', again: '2026-11-26T09:00:00+08:00' },
    { typed: '2026-11-26T09:30:00.000+08:00', again: '2026-11-26T09:30+08:00' },
  ])('stores $typed canonically; a move to $again is where it already is', async ({ typed, again }) => {
    // Prepare
    const first = await book('civil-defence-basement-approval', typed);
    expect(first.response.status).toBe(201);
    const booking = (await first.response.json()) as BookingBody;

    // Act
    const response = await postChange(h, tenantId, booking.code, 'reschedule', {
      phone: first.phone,
      start: again,
    });

    // Assess
    const canonical = `${typed.slice(0, 16)}:00+08:00`;
    expect(booking.start).toBe(canonical);
    expect(response.status).toBe(200);
    expect(((await response.json()) as BookingBody).start).toBe(canonical);
    const stored = await h.store.getBooking(tenantId, booking.code);
    expect(stored).toMatchObject({ version: 1, booking: { start: canonical } });
    await expectCountersToMatchBookings('2026-11-26');
  });
});

describe('the one-time notice (一次告知) is the one given', () => {
  it('keeps the materials, window and hall as booked after the configuration changes, until a move', async () => {
    // Prepare
    const { code, phone, notice } = await booked(
      'construction-enterprise-qualification',
      '2026-11-27T14:00:00+08:00',
    );
    const original = notice.matter.materials.map((m) => m.zh);
    expect(original.length).toBeGreaterThan(0);
    await h.editConfig(tenantId, (config) => {
      config.matters.find((m) => m.id === 'construction-enterprise-qualification')!.materials = [
        { zh: '后来加的材料', en: 'A material added later' },
      ];
      config.windows.find((w) => w.id === 'b11')!.code = '三楼 C11';
    });

    // Act
    const read = await h.app.request(`/v1/tenants/${tenantId}/bookings/${code}?phone=${phone}`);
    const ics = await h.app.request(`/v1/tenants/${tenantId}/bookings/${code}.ics?phone=${phone}`);
    const moved = await postChange(h, tenantId, code, 'reschedule', {
      phone,
      start: '2026-11-27T15:00:00+08:00',
    });

    // Assess
    const kept = (await read.json()) as BookingBody;
    expect(kept.notice.matter.materials.map((m) => m.zh)).toEqual(original);
    expect(kept.notice.windows.map((w) => w.code)).toEqual(['二楼 B11']);
    const file = (await ics.text()).replaceAll('\r\n ', '');
    expect(file).toContain(original[0]);
    expect(file).not.toContain('后来加的材料');
    expect(file).toContain('二楼 B11');
    // Moving the booking is a new notice: what the hall asks for now.
    const refreshed = (await moved.json()) as BookingBody;
    expect(refreshed.notice.matter.materials.map((m) => m.zh)).toEqual(['后来加的材料']);
    expect(refreshed.notice.windows.map((w) => w.code)).toEqual(['三楼 C11']);
  });
});
