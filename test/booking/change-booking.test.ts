import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BookingHarness,
  bookingHarness,
  phoneOf,
  postBooking,
  postChange,
  takenAt,
} from './support/booking-harness.js';

const tenantId = 'zaozhuang-gxq';
const hallId = 'zaozhuang-gxq-hall';
const matterId = 'company-registration';
const place = { tenantId, hallId, matterId };
const MONDAY = '2026-03-02T10:00:00+08:00';

let h: BookingHarness;
let person = 0;

beforeAll(async () => {
  h = await bookingHarness('booking-change', MONDAY);
  await h.editConfig(tenantId, (config) => {
    // 2 people at B02; 20 % of 2 is less than a whole place, so both are online.
    config.windows.find((w) => w.id === 'b02')!.staffCount = 2;
    config.bookingPolicy.rateLimitPerMinute = 10_000;
  });
});

afterAll(() => h.close());

interface BookingBody {
  code: string;
  start: string;
  end: string;
  status: string;
  history: { action: string; previous?: { start: string; end: string }; reason?: string }[];
}

/** Books a new person into `start`; answers the code and the phone. */
async function book(start: string): Promise<{ code: string; phone: string }> {
  const phone = phoneOf(person++);
  const response = await postBooking(h, { ...place, start, applicant: { phone } });
  expect(response.status).toBe(201);
  return { code: ((await response.json()) as BookingBody).code, phone };
}

/** Places taken at B02, the one window of company registration, in the bucket `start` falls in. */
const taken = (start: string) => takenAt(h, { tenantId, hallId, windowId: 'b02' }, start);

async function problemCode(response: Response): Promise<string> {
  return ((await response.json()) as { code: string }).code;
}

describe('GET .../bookings/{code}', () => {
  it('answers the booking to its phone, written any usual way', async () => {
    const { code, phone } = await book('2026-03-03T09:00:00+08:00');
    for (const typed of [phone, `+86 ${phone.slice(0, 3)}-${phone.slice(3, 7)}-${phone.slice(7)}`]) {
      const response = await h.app.request(
        `/v1/tenants/${tenantId}/bookings/${code.toLowerCase()}?phone=${encodeURIComponent(typed)}`,
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(((await response.json()) as BookingBody).code).toBe(code);
    }
  });

  it('answers a wrong phone exactly as an unknown code: 404 booking_not_found', async () => {
    const { code } = await book('2026-03-03T09:00:00+08:00');
    const wrongPhone = await h.app.request(`/v1/tenants/${tenantId}/bookings/${code}?phone=13900000000`);
    const unknown = await h.app.request(`/v1/tenants/${tenantId}/bookings/K7QXM4RTD?phone=13900000000`);
    const otherTenant = await h.app.request(`/v1/tenants/zibo/bookings/${code}?phone=13900000000`);
    for (const response of [wrongPhone, unknown, otherTenant]) {
      expect(response.status).toBe(404);
      const { instance: _instance, ...body } = (await response.json()) as Record<string, unknown>;
      expect(body).toEqual({
        type: 'https://openhall.example/problems/booking-not-found',
        title: 'Not Found',
        status: 404,
        code: 'booking_not_found',
        detail: 'no booking with this code and phone',
      });
    }
  });
});

describe('POST .../bookings/{code}/lookup', () => {
  it('answers the booking with the phone in the body, and a wrong phone as an unknown code', async () => {
    const { code, phone } = await book('2026-03-03T15:00:00+08:00');
    const lookUp = (body: unknown) =>
      h.app.request(`/v1/tenants/${tenantId}/bookings/${code}/lookup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const found = await lookUp({ phone });
    expect(found.status).toBe(200);
    expect(found.headers.get('cache-control')).toBe('no-store');
    expect(((await found.json()) as BookingBody).code).toBe(code);
    const wrong = await lookUp({ phone: '13900000000' });
    expect(wrong.status).toBe(404);
    expect(await problemCode(wrong)).toBe('booking_not_found');
    const malformed = await lookUp({ phone: '12345' });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { errors: { path: string }[] }).errors[0]!.path).toBe('/phone');
  });
});

describe('POST .../bookings/{code}/cancel', () => {
  it('cancels, gives the place back and frees the person for the same matter and day', async () => {
    // Prepare
    const start = '2026-03-04T09:00:00+08:00';
    const { code, phone } = await book(start);
    expect(await taken(start)).toBe(1);

    // Act
    const response = await postChange(h, tenantId, code, 'cancel', { phone, reason: '改期' });

    // Assess
    expect(response.status).toBe(200);
    const cancelled = (await response.json()) as BookingBody;
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.history.at(-1)).toMatchObject({ action: 'cancelled', reason: '改期' });
    expect(await taken(start)).toBe(0);
    const again = await postBooking(h, {
      ...place,
      start: '2026-03-04T15:00:00+08:00',
      applicant: { phone },
    });
    expect(again.status).toBe(201);
  });

  it('answers a second cancel with the cancelled booking and gives nothing back twice', async () => {
    const start = '2026-03-04T10:00:00+08:00';
    const first = await book(start);
    await book(start);
    expect(await taken(start)).toBe(2);

    const responses = await Promise.all([
      postChange(h, tenantId, first.code, 'cancel', { phone: first.phone }),
      postChange(h, tenantId, first.code, 'cancel', { phone: first.phone }),
    ]);
    const third = await postChange(h, tenantId, first.code, 'cancel', { phone: first.phone });

    expect([...responses, third].map((r) => r.status)).toEqual([200, 200, 200]);
    expect(await taken(start)).toBe(1);
    const stored = await h.store.getBooking(tenantId, first.code);
    expect(stored?.booking.history.filter((c) => c.action === 'cancelled')).toHaveLength(1);
  });

  it('refuses after the change cut-off (60 minutes before the start) with 422 change_cutoff_passed', async () => {
    const start = '2026-03-02T11:30:00+08:00';
    const { code, phone } = await book(start);
    h.setNow('2026-03-02T10:31:00+08:00');
    const response = await postChange(h, tenantId, code, 'cancel', { phone });
    h.setNow(MONDAY);
    expect(response.status).toBe(422);
    expect(await problemCode(response)).toBe('change_cutoff_passed');
    expect(await taken(start)).toBe(1);
  });

  it('answers 404 to a wrong phone and changes nothing', async () => {
    const start = '2026-03-04T11:00:00+08:00';
    const { code } = await book(start);
    const response = await postChange(h, tenantId, code, 'cancel', { phone: '13900000000' });
    expect(response.status).toBe(404);
    expect(await taken(start)).toBe(1);
  });
});

describe('POST .../bookings/{code}/reschedule', () => {
  it('moves the booking: the old place given back, the new one taken, the day ledger follows', async () => {
    // Prepare
    const from = '2026-03-05T09:00:00+08:00';
    const to = '2026-03-06T14:30:00+08:00';
    const { code, phone } = await book(from);

    // Act
    const response = await postChange(h, tenantId, code, 'reschedule', { phone, start: to });

    // Assess
    expect(response.status).toBe(200);
    const moved = (await response.json()) as BookingBody;
    expect(moved).toMatchObject({ code, start: to, end: '2026-03-06T15:00:00+08:00', status: 'booked' });
    expect(moved.history.at(-1)).toMatchObject({
      action: 'rescheduled',
      previous: { start: from, end: '2026-03-05T09:30:00+08:00' },
    });
    expect([await taken(from), await taken(to)]).toEqual([0, 1]);
    const oldDay = await h.store.bookingsOfHallDay(tenantId, hallId, '2026-03-05');
    const newDay = await h.store.bookingsOfHallDay(tenantId, hallId, '2026-03-06');
    expect(oldDay.map((b) => b.booking.code)).not.toContain(code);
    expect(newDay.map((b) => b.booking.code)).toContain(code);
    const read = await h.app.request(`/v1/tenants/${tenantId}/bookings/${code}?phone=${phone}`);
    expect(((await read.json()) as BookingBody).start).toBe(to);
  });

  it('answers 409 slot_full into a full slot and leaves the booking where it was', async () => {
    const full = '2026-03-05T10:00:00+08:00';
    await book(full);
    await book(full);
    const from = '2026-03-05T11:00:00+08:00';
    const { code, phone } = await book(from);

    const response = await postChange(h, tenantId, code, 'reschedule', { phone, start: full });

    expect(response.status).toBe(409);
    expect(await problemCode(response)).toBe('slot_full');
    expect([await taken(full), await taken(from)]).toEqual([2, 1]);
    expect((await h.store.getBooking(tenantId, code))?.booking.start).toBe(from);
  });

  it('answers a reschedule to where the booking already is with the booking, unchanged', async () => {
    const start = '2026-03-05T14:00:00+08:00';
    const { code, phone } = await book(start);
    const response = await postChange(h, tenantId, code, 'reschedule', { phone, start });
    expect(response.status).toBe(200);
    expect(await taken(start)).toBe(1);
    expect((await h.store.getBooking(tenantId, code))?.version).toBe(1);
  });

  it.each([
    {
      case: 'after the cut-off',
      from: '2026-03-02T12:00:00+08:00',
      start: '2026-03-09T09:00:00+08:00',
      now: '2026-03-02T11:01:00+08:00',
      code: 'change_cutoff_passed',
    },
    {
      case: 'to a time after closing',
      from: '2026-03-02T12:30:00+08:00',
      start: '2026-03-09T18:00:00+08:00',
      now: MONDAY,
      code: 'outside_hours',
    },
    {
      case: 'beyond the horizon',
      from: '2026-03-02T13:00:00+08:00',
      start: '2026-04-09T09:00:00+08:00',
      now: MONDAY,
      code: 'beyond_horizon',
    },
  ])('refuses $case with 422 $code', async ({ from, start, now, code }) => {
    const booked = await book(from);
    h.setNow(now);
    const response = await postChange(h, tenantId, booked.code, 'reschedule', { phone: booked.phone, start });
    h.setNow(MONDAY);
    expect(response.status).toBe(422);
    expect(await problemCode(response)).toBe(code);
    expect((await h.store.getBooking(tenantId, booked.code))?.booking.start).toBe(from);
  });

  it('answers 409 booking_not_active for a cancelled booking', async () => {
    const { code, phone } = await book('2026-03-06T09:00:00+08:00');
    await postChange(h, tenantId, code, 'cancel', { phone });
    const response = await postChange(h, tenantId, code, 'reschedule', {
      phone,
      start: '2026-03-06T10:00:00+08:00',
    });
    expect(response.status).toBe(409);
    expect(await problemCode(response)).toBe('booking_not_active');
  });

  it('answers 404 to a wrong phone', async () => {
    const { code } = await book('2026-03-06T11:00:00+08:00');
    const response = await postChange(h, tenantId, code, 'reschedule', {
      phone: '13900000000',
      start: '2026-03-06T11:30:00+08:00',
    });
    expect(response.status).toBe(404);
  });
});

describe('GET .../bookings/{code}.ics and /qr.svg', () => {
  it('serves an iCalendar file in Shanghai time with CRLF line ends', async () => {
    const { code, phone } = await book('2026-03-03T09:30:00+08:00');
    const response = await h.app.request(`/v1/tenants/${tenantId}/bookings/${code}.ics?phone=${phone}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const ics = await response.text();
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(ics).toContain('DTSTART;TZID=Asia/Shanghai:20260303T093000\r\n');
    expect(ics).toContain('DTEND;TZID=Asia/Shanghai:20260303T100000\r\n');
    expect(ics).toContain(`UID:${code}@localhost\r\n`);
    // The one-time notice travels in the description (folded lines are joined back first).
    expect(ics.replaceAll('\r\n ', '')).toContain('二楼 B02');
  });

  it('answers the .ics in English on ?lang=en, and 404 to a wrong phone', async () => {
    const { code, phone } = await book('2026-03-03T10:30:00+08:00');
    const english = await h.app.request(
      `/v1/tenants/${tenantId}/bookings/${code}.ics?phone=${phone}&lang=en`,
    );
    expect((await english.text()).replaceAll('\r\n ', '')).toContain('SUMMARY:Appointment: Company');
    const wrong = await h.app.request(`/v1/tenants/${tenantId}/bookings/${code}.ics?phone=13900000000`);
    expect(wrong.status).toBe(404);
  });

  it('serves the booking code as an SVG QR code', async () => {
    const { code, phone } = await book('2026-03-03T11:00:00+08:00');
    const response = await h.app.request(`/v1/tenants/${tenantId}/bookings/${code}/qr.svg?phone=${phone}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    const svg = await response.text();
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('<path');
    const wrong = await h.app.request(`/v1/tenants/${tenantId}/bookings/${code}/qr.svg?phone=13900000000`);
    expect(wrong.status).toBe(404);
  });
});
