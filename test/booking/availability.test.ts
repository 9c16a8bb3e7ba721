import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BookingHarness, bookingHarness, phoneOf, postBooking } from './support/booking-harness.js';

const MONDAY = '2026-03-02T10:00:00+08:00';
let h: BookingHarness;

beforeAll(async () => {
  h = await bookingHarness('booking-availability', MONDAY);
  await h.editConfig('zaozhuang-gxq', (config) => {
    // 5 people at B02, 20 % held back: 4 of 5 places online.
    config.windows.find((w) => w.id === 'b02')!.staffCount = 5;
  });
});

afterAll(() => h.close());

interface AvailabilityBody {
  date: string;
  slots: { start: string; end: string; remaining: number; capacity: number; mode: string }[];
  dayKind?: string;
  holidayName?: string;
  appointmentOnly: boolean;
  appointmentRequired: boolean;
  unavailable?: { code: string; message: string };
}

async function availability(tenantId: string, query: Record<string, string>): Promise<AvailabilityBody> {
  const response = await h.app.request(`/v1/tenants/${tenantId}/availability?${new URLSearchParams(query)}`);
  expect(response.status).toBe(200);
  return (await response.json()) as AvailabilityBody;
}

const zaozhuang = { matterId: 'company-registration', hallId: 'zaozhuang-gxq-hall' };
const zibo = { matterId: 'enterprise-establishment', hallId: 'zibo-center' };

describe('GET /v1/tenants/{tenantId}/availability', () => {
  it('lists the day’s slots with the online share of capacity, in +08:00', async () => {
    const day = await availability('zaozhuang-gxq', { ...zaozhuang, date: '2026-03-03' });
    // Zaozhuang working day 9:00-17:30 without a lunch gap (午间不断档): 17 half-hour slots.
    expect(day.slots).toHaveLength(17);
    expect(day.slots[0]).toEqual({
      start: '2026-03-03T09:00:00+08:00',
      end: '2026-03-03T09:30:00+08:00',
      remaining: 4,
      capacity: 4,
      mode: 'walk-in',
    });
    expect(day.slots.at(-1)?.start).toBe('2026-03-03T17:00:00+08:00');
    expect(day).toMatchObject({ dayKind: 'workday', appointmentOnly: false, appointmentRequired: false });
  });

  it('costs one Query, the configuration read, the national schedules’ head and the day’s rota, never a Scan', async () => {
    h.resetCommands();
    await availability('zaozhuang-gxq', { ...zaozhuang, date: '2026-03-04' });
    // Both cached by this instance: the configuration's head and the national schedules' head; the
    // hall-day's rota is one GetItem (its places when it has one).
    expect([...h.commands].sort()).toEqual([
      'GetItemCommand',
      'GetItemCommand',
      'GetItemCommand',
      'QueryCommand',
    ]);
  });

  it('counts every booking against the slot at once', async () => {
    const start = '2026-03-05T10:00:00+08:00';
    const remaining = async () =>
      (await availability('zaozhuang-gxq', { ...zaozhuang, date: '2026-03-05' })).slots.find(
        (s) => s.start === start,
      )?.remaining;
    expect(await remaining()).toBe(4);
    for (const i of [0, 1, 2]) {
      const response = await postBooking(h, {
        tenantId: 'zaozhuang-gxq',
        ...zaozhuang,
        start,
        applicant: { phone: phoneOf(i) },
      });
      expect(response.status).toBe(201);
    }
    expect(await remaining()).toBe(1);
  });

  it('leaves out slots inside the lead time', async () => {
    const today = await availability('zaozhuang-gxq', { ...zaozhuang, date: '2026-03-02' });
    expect(today.slots[0]?.start).toBe('2026-03-02T11:00:00+08:00');
  });

  it.each([
    { case: 'beyond the horizon', date: '2026-04-02', code: 'beyond_horizon' },
    { case: 'a past day', date: '2026-03-01', code: 'in_past' },
    { case: 'years ahead', date: '2040-01-01', code: 'beyond_horizon' },
  ])('offers nothing $case, saying why', async ({ date, code }) => {
    const day = await availability('zaozhuang-gxq', { ...zaozhuang, date });
    expect(day.slots).toEqual([]);
    expect(day.unavailable?.code).toBe(code);
  });

  it('applies Zibo’s holiday rule: 国庆 slots only while asked on a working day before', async () => {
    h.setNow('2026-09-30T10:00:00+08:00');
    const before = await availability('zibo', { ...zibo, date: '2026-10-05' });
    h.setNow('2026-10-02T10:00:00+08:00');
    const during = await availability('zibo', { ...zibo, date: '2026-10-05' });
    h.setNow(MONDAY);

    expect(before).toMatchObject({ dayKind: 'holiday', holidayName: '国庆节', appointmentRequired: true });
    expect(before.slots.length).toBeGreaterThan(0);
    expect(before.slots.every((s) => s.mode === 'appointment-only' && s.capacity === 1)).toBe(true);
    expect(during.slots).toEqual([]);
    expect(during.unavailable?.code).toBe('holiday_booking_window_closed');
  });

  it('marks Zaozhuang’s 除夕 to 正月初二 as appointment-only, still bookable', async () => {
    h.setNow('2026-02-13T10:00:00+08:00');
    const eve = await availability('zaozhuang-gxq', { ...zaozhuang, date: '2026-02-16' });
    const third = await availability('zaozhuang-gxq', { ...zaozhuang, date: '2026-02-19' });
    h.setNow(MONDAY);

    expect(eve).toMatchObject({ dayKind: 'holiday', appointmentOnly: true });
    expect(eve.slots.map((s) => s.mode)).toEqual(eve.slots.map(() => 'appointment-only'));
    // 9:00-16:00, no lunch break: 14 half-hour slots.
    expect(eve.slots).toHaveLength(14);
    expect(third.appointmentOnly).toBe(false);
  });

  it('marks a matter served only by appointment (新建商品房不动产登记)', async () => {
    const day = await availability('zaozhuang-gxq', {
      matterId: 'new-housing-registration',
      hallId: 'zaozhuang-gxq-hall',
      date: '2026-03-03',
    });
    expect(day.appointmentRequired).toBe(true);
  });

  it.each([
    { query: { ...zaozhuang, matterId: 'no-such-matter' }, code: 'matter_not_found' },
    { query: { ...zaozhuang, hallId: 'no-such-hall' }, code: 'hall_not_found' },
  ])('answers 404 $code', async ({ query, code }) => {
    const response = await h.app.request(
      `/v1/tenants/zaozhuang-gxq/availability?${new URLSearchParams({ ...query, date: '2026-03-03' })}`,
    );
    expect(response.status).toBe(404);
    expect(((await response.json()) as { code: string }).code).toBe(code);
  });
});

describe('OpenAPI document', () => {
  it('describes every booking path with its problem answers', async () => {
    const doc = (await (await h.app.request('/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, unknown> };
    };
    const base = '/v1/tenants/{tenantId}';
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        `${base}/availability`,
        `${base}/bookings`,
        `${base}/bookings/{code}`,
        `${base}/bookings/{code}/cancel`,
        `${base}/bookings/{code}/reschedule`,
        `${base}/bookings/{code}.ics`,
        `${base}/bookings/{code}/qr.svg`,
      ]),
    );
    expect(Object.keys(doc.paths[`${base}/bookings`]!.post!.responses).sort()).toEqual(
      ['201', '400', '403', '404', '409', '422', '429', '503'].sort(),
    );
    expect(doc.components.schemas).toHaveProperty('BookingView');
    expect(doc.components.schemas).toHaveProperty('CreateBookingRequest');
  });
});
