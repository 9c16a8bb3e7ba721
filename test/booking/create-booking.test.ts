import { randomUUID } from 'node:crypto';
import { BookingCodeSchema } from '@openhall/domain';
import { seedConfig } from '@openhall/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BookingHarness,
  bookingHarness,
  phoneOf,
  postBooking,
  takenAt,
} from './support/booking-harness.js';

const zaozhuang = {
  tenantId: 'zaozhuang-gxq',
  hallId: 'zaozhuang-gxq-hall',
  matterId: 'company-registration',
};
const zibo = { tenantId: 'zibo', hallId: 'zibo-center', matterId: 'enterprise-establishment' };
/** B02, the one window of company registration in Zaozhuang. */
const b02 = { tenantId: 'zaozhuang-gxq', hallId: 'zaozhuang-gxq-hall', windowId: 'b02' };
/** Monday 2 March 2026, 10:00 in Shanghai: a working day. */
const MONDAY = '2026-03-02T10:00:00+08:00';

let h: BookingHarness;
let person = 0;
/** A phone no other test uses, so per-person limits never leak between tests. */
const nextPhone = () => phoneOf(person++);

beforeAll(async () => {
  h = await bookingHarness('booking-create', MONDAY);
  await h.editConfig('zaozhuang-gxq', (config) => {
    // 5 people at B02, 20 % held back for the desk and phone: 4 online places per slot.
    config.windows.find((w) => w.id === 'b02')!.staffCount = 5;
    config.bookingPolicy.rateLimitPerMinute = 10_000;
    config.matters.find((m) => m.id === 'real-estate-certificate-printing')!.availability.restday =
      'not-offered';
    // A convenience centre with no window for company registration.
    config.halls.push({ ...config.halls[0]!, id: 'zaozhuang-gxq-town', kind: 'convenience-centre' });
  });
  await h.editConfig('zibo', (config) => {
    config.bookingPolicy.rateLimitPerMinute = 10_000;
  });
  await h.editConfig('chengde-gxq', (config) => {
    config.bookingPolicy.rateLimitPerMinute = 3;
  });
});

afterAll(() => h.close());

async function json(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}

describe('POST /v1/tenants/{tenantId}/bookings', () => {
  it('takes a phone written with +86, spaces and dashes as its 11 digits, the same rule as the pages', async () => {
    const phone = nextPhone();
    const written = `+86 ${phone.slice(0, 3)}-${phone.slice(3, 7)} ${phone.slice(7)}`;

    const response = await postBooking(h, {
      ...zaozhuang,
      start: '2026-03-06T15:30:00+08:00',
      applicant: { phone: written },
    });

    expect(response.status).toBe(201);
    expect(((await json(response)).applicant as { phone: string }).phone).toBe(phone);
  });

  it('answers 201 with the booking, its Location and the whole one-time notice', async () => {
    // Prepare
    const phone = nextPhone();
    const start = '2026-03-03T09:30:00+08:00';

    // Act
    const response = await postBooking(h, {
      ...zaozhuang,
      start,
      applicant: { phone, organisation: '示例科技有限公司' },
    });

    // Assess
    expect(response.status).toBe(201);
    const booking = await json(response);
    expect(BookingCodeSchema.safeParse(booking.code).success).toBe(true);
    expect(response.headers.get('location')).toBe(`/v1/tenants/zaozhuang-gxq/bookings/${booking.code}`);
    expect(booking).toMatchObject({
      tenantId: 'zaozhuang-gxq',
      matterId: 'company-registration',
      hallId: 'zaozhuang-gxq-hall',
      windowIds: ['b02'],
      windowId: 'b02',
      start,
      end: '2026-03-03T10:00:00+08:00',
      status: 'booked',
      channel: 'online',
      applicant: { name: '王小明', phone, organisation: '示例科技有限公司', agent: false },
      history: [{ action: 'created', actor: 'citizen', channel: 'online', at: '2026-03-02T10:00:00+08:00' }],
    });
    const seeded = seedConfig('zaozhuang-gxq');
    const matter = seeded.matters.find((m) => m.id === 'company-registration')!;
    expect(booking.notice).toEqual({
      tenant: { id: 'zaozhuang-gxq', name: seeded.tenant.name, servicePhone: seeded.tenant.phones.service },
      matter: { id: matter.id, name: matter.name, materials: matter.materials },
      hall: { id: 'zaozhuang-gxq-hall', name: seeded.halls[0]!.name, address: seeded.halls[0]!.address },
      windows: [{ id: 'b02', code: '二楼 B02', name: seeded.windows[0]!.name, floor: 2 }],
      changeUntil: '2026-03-03T08:30:00+08:00',
      lateLimitMinutes: seeded.bookingPolicy.lateLimitMinutes,
    });
    expect(matter.materials.length).toBeGreaterThan(3);

    const read = await h.app.request(`${response.headers.get('location')}?phone=${phone}`);
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(booking);
  });

  it('sells the online places of a slot and then answers 409 slot_full, keeping the holdback', async () => {
    const start = '2026-03-03T14:00:00+08:00';
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push(
        (await postBooking(h, { ...zaozhuang, start, applicant: { phone: nextPhone() } })).status,
      );
    }
    expect(statuses).toEqual([201, 201, 201, 201, 409]);
    const full = await postBooking(h, { ...zaozhuang, start, applicant: { phone: nextPhone() } });
    expect(full.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await json(full)).toMatchObject({ status: 409, code: 'slot_full', slotStart: start });
    // The fifth person at B02 is the desk's and phone's: 4 taken of 5.
    expect(await takenAt(h, b02, start)).toBe(4);
  });

  it('keeps a one-person window bookable online (Zibo seed), then answers slot_full', async () => {
    const ask = () =>
      postBooking(h, {
        tenantId: 'zibo',
        hallId: 'zibo-center',
        matterId: 'construction-permit',
        start: '2026-03-03T09:00:00+08:00',
        applicant: { phone: nextPhone() },
      });
    expect((await ask()).status).toBe(201);
    expect(await json(await ask())).toMatchObject({ status: 409, code: 'slot_full' });
  });
});

describe('Idempotency-Key', () => {
  it('answers a retry with the same key and body with the same booking, stored once', async () => {
    // Prepare
    const key = randomUUID();
    const input = { ...zaozhuang, start: '2026-03-04T09:00:00+08:00', applicant: { phone: nextPhone() } };

    // Act
    const first = await postBooking(h, input, { key });
    const retry = await postBooking(h, input, { key });

    // Assess
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const booking = await json(first);
    expect(await json(retry)).toEqual(booking);
    const stored = await h.store.bookingsOfHallDay('zaozhuang-gxq', zaozhuang.hallId, '2026-03-04');
    expect(stored.filter((b) => b.booking.applicant.phone === input.applicant.phone)).toHaveLength(1);
    expect(await takenAt(h, b02, input.start)).toBe(1);
  });

  it('makes one booking of ten concurrent requests with one key', async () => {
    const key = randomUUID();
    const input = { ...zaozhuang, start: '2026-03-04T10:00:00+08:00', applicant: { phone: nextPhone() } };
    const responses = await Promise.all(Array.from({ length: 10 }, () => postBooking(h, input, { key })));
    const codes = new Set(await Promise.all(responses.map(async (r) => (await json(r)).code)));
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 201));
    expect(codes.size).toBe(1);
    expect(await takenAt(h, b02, input.start)).toBe(1);
  });

  it.each([
    { change: 'another start', edit: { start: '2026-03-04T11:00:00+08:00' } },
    { change: 'another name', edit: { applicant: { name: '李四' } } },
  ])('answers 422 idempotency_key_reused for the same key with $change', async ({ edit }) => {
    const key = randomUUID();
    const phone = nextPhone();
    const input = { ...zaozhuang, start: '2026-03-04T10:30:00+08:00', applicant: { phone } };
    expect((await postBooking(h, input, { key })).status).toBe(201);
    const other = { ...input, ...edit, applicant: { ...input.applicant, ...edit.applicant } };
    const response = await postBooking(h, other, { key });
    expect(response.status).toBe(422);
    expect(await json(response)).toMatchObject({ code: 'idempotency_key_reused' });
  });
});

describe('per-person limits', () => {
  it('allows one booking per matter and day to a phone (perMatterPerDay 1)', async () => {
    const phone = nextPhone();
    const first = await postBooking(h, {
      ...zaozhuang,
      start: '2026-03-05T09:00:00+08:00',
      applicant: { phone },
    });
    const second = await postBooking(h, {
      ...zaozhuang,
      start: '2026-03-05T15:00:00+08:00',
      applicant: { phone },
    });
    expect(first.status).toBe(201);
    expect(second.status).toBe(422);
    expect(await json(second)).toMatchObject({
      code: 'per_person_limit',
      limit: 'per-matter-per-day',
      max: 1,
    });
  });

  it('counts only bookings not yet ended: 3 active at most, a fourth once one is over', async () => {
    // Prepare: three bookings, the first ending today at 11:30.
    const phone = nextPhone();
    const starts = ['2026-03-02T11:00:00+08:00', '2026-03-06T09:00:00+08:00', '2026-03-09T09:00:00+08:00'];
    for (const start of starts) {
      expect((await postBooking(h, { ...zaozhuang, start, applicant: { phone } })).status).toBe(201);
    }
    const fourth = { ...zaozhuang, start: '2026-03-10T09:00:00+08:00', applicant: { phone } };

    // Act
    const refused = await postBooking(h, fourth);
    h.setNow('2026-03-02T11:31:00+08:00');
    const accepted = await postBooking(h, fourth);
    h.setNow(MONDAY);

    // Assess
    expect(await json(refused)).toMatchObject({
      status: 422,
      code: 'per_person_limit',
      limit: 'active',
      max: 3,
    });
    expect(accepted.status).toBe(201);
  });
});

describe('booking rules, each with its stable code', () => {
  it.each([
    {
      rule: 'lead_time (60 minutes)',
      now: MONDAY,
      input: { ...zaozhuang, start: '2026-03-02T10:30:00+08:00' },
      code: 'lead_time',
    },
    {
      rule: 'in_past',
      now: MONDAY,
      input: { ...zaozhuang, start: '2026-03-02T09:00:00+08:00' },
      code: 'in_past',
    },
    {
      rule: 'in_past (an earlier day)',
      now: MONDAY,
      input: { ...zaozhuang, start: '2026-02-27T09:00:00+08:00' },
      code: 'in_past',
    },
    {
      rule: 'beyond_horizon (30 days)',
      now: MONDAY,
      input: { ...zaozhuang, start: '2026-04-02T09:00:00+08:00' },
      code: 'beyond_horizon',
    },
    {
      rule: 'beyond_horizon (years ahead)',
      now: MONDAY,
      input: { ...zaozhuang, start: '2031-03-03T09:00:00+08:00' },
      code: 'beyond_horizon',
    },
    {
      rule: 'outside_hours (after closing)',
      now: MONDAY,
      input: { ...zaozhuang, start: '2026-03-03T17:30:00+08:00' },
      code: 'outside_hours',
    },
    {
      rule: 'outside_hours (before opening)',
      now: MONDAY,
      input: { ...zaozhuang, start: '2026-03-03T08:00:00+08:00' },
      code: 'outside_hours',
    },
    {
      rule: 'matter_not_offered (certificate printing on a Saturday)',
      now: MONDAY,
      input: {
        ...zaozhuang,
        matterId: 'real-estate-certificate-printing',
        start: '2026-03-07T09:00:00+08:00',
      },
      code: 'matter_not_offered',
    },
    {
      rule: 'matter_not_in_hall',
      now: MONDAY,
      input: { ...zaozhuang, hallId: 'zaozhuang-gxq-town', start: '2026-03-03T09:00:00+08:00' },
      code: 'matter_not_in_hall',
    },
    {
      rule: 'unknown_matter',
      now: MONDAY,
      input: { ...zaozhuang, matterId: 'no-such-matter', start: '2026-03-03T09:00:00+08:00' },
      code: 'unknown_matter',
    },
    {
      rule: 'unknown_hall',
      now: MONDAY,
      input: { ...zaozhuang, hallId: 'no-such-hall', start: '2026-03-03T09:00:00+08:00' },
      code: 'unknown_hall',
    },
    {
      rule: 'holiday_booking_window_closed (Zibo, asked on 国庆 10-02 for 10-05)',
      now: '2026-10-02T10:00:00+08:00',
      input: { ...zibo, start: '2026-10-05T09:30:00+08:00' },
      code: 'holiday_booking_window_closed',
    },
    {
      rule: 'holiday_booking_window_closed (Zibo, asked on a rest-day Saturday 09-19 for 10-03)',
      now: '2026-09-19T10:00:00+08:00',
      input: { ...zibo, start: '2026-10-03T09:00:00+08:00' },
      code: 'holiday_booking_window_closed',
    },
  ])('refuses $rule with 422', async ({ now, input, code }) => {
    h.setNow(now);
    const response = await postBooking(h, { ...input, applicant: { phone: nextPhone() } });
    h.setNow(MONDAY);
    expect(response.status).toBe(422);
    expect(await json(response)).toMatchObject({ status: 422, code });
  });

  it.each([
    {
      when: 'on Wednesday 09-30, a working day before 国庆',
      now: '2026-09-30T10:00:00+08:00',
      start: '2026-10-05T09:30:00+08:00',
    },
    {
      when: 'on the make-up working Sunday 09-20 (调休)',
      now: '2026-09-20T10:00:00+08:00',
      start: '2026-10-03T09:00:00+08:00',
    },
  ])('books a Zibo holiday slot $when', async ({ now, start }) => {
    h.setNow(now);
    const response = await postBooking(h, { ...zibo, start, applicant: { phone: nextPhone() } });
    h.setNow(MONDAY);
    expect(response.status).toBe(201);
  });

  it('books Zaozhuang on 除夕, a day served by appointment only', async () => {
    h.setNow('2026-02-13T10:00:00+08:00');
    const response = await postBooking(h, {
      ...zaozhuang,
      start: '2026-02-16T10:00:00+08:00',
      applicant: { phone: nextPhone() },
    });
    h.setNow(MONDAY);
    expect(response.status).toBe(201);
  });
});

describe('rate limit', () => {
  const chengde = {
    tenantId: 'chengde-gxq',
    hallId: 'chengde-gxq-center',
    matterId: 'enterprise-registration',
    start: '2026-03-03T09:00:00+08:00',
  };

  it('answers 429 rate_limited with Retry-After past the tenant’s requests per minute, per client', async () => {
    // Prepare: Chengde allows 3 attempts a minute; attempts count whatever their answer.
    h.setNow('2026-03-02T10:00:15+08:00');
    const attempt = (ip: string) => postBooking(h, { ...chengde, applicant: { phone: nextPhone() } }, { ip });
    for (let i = 0; i < 3; i++) expect((await attempt('10.9.9.9')).status).not.toBe(429);

    // Act
    const limited = await attempt('10.9.9.9');
    const otherClient = await attempt('10.9.9.10');
    h.setNow('2026-03-02T10:01:00+08:00');
    const nextMinute = await attempt('10.9.9.9');
    h.setNow(MONDAY);

    // Assess
    expect(limited.status).toBe(429);
    expect(await json(limited)).toMatchObject({ code: 'rate_limited' });
    expect(limited.headers.get('retry-after')).toBe('45');
    expect(otherClient.status).not.toBe(429);
    expect(nextMinute.status).not.toBe(429);
  });

  it('counts look-ups too, so codes and phones cannot be tried in bulk', async () => {
    // Prepare: a fresh minute for this client; Chengde allows 3 requests a minute.
    h.setNow('2026-03-02T10:05:00+08:00');
    const lookUp = () =>
      h.app.request('/v1/tenants/chengde-gxq/bookings/K7QXM4RTD?phone=13900000000', {
        headers: { 'x-forwarded-for': '10.9.9.20' },
      });

    // Act
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push((await lookUp()).status);
    h.setNow(MONDAY);

    // Assess
    expect(answers).toEqual([404, 404, 404, 429]);
  });
});
