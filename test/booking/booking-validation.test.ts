import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BookingHarness, bookingHarness } from './support/booking-harness.js';

let h: BookingHarness;

beforeAll(async () => {
  h = await bookingHarness('booking-validation', '2026-03-02T10:00:00+08:00');
});

afterAll(() => h.close());

const valid = {
  matterId: 'company-registration',
  hallId: 'zaozhuang-gxq-hall',
  start: '2026-03-03T09:30:00+08:00',
  applicant: { name: '王小明', phone: '13800138000', organisation: '示例科技有限公司', agent: false },
};

interface Problem {
  status: number;
  code: string;
  errors?: { path: string; message: string; code: string }[];
}

async function post(
  body: unknown,
  key: string | null = randomUUID(),
): Promise<{ status: number; problem: Problem }> {
  const response = await h.app.request('/v1/tenants/zaozhuang-gxq/bookings', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key === null ? {} : { 'idempotency-key': key }) },
    body: JSON.stringify(body),
  });
  return { status: response.status, problem: (await response.json()) as Problem };
}

/** The fields named, each once (one field may break several constraints). */
const paths = (problem: Problem) => [...new Set((problem.errors ?? []).map((e) => e.path))].sort();

describe('malformed booking requests answer 400 listing every field error', () => {
  it('lists every bad field and the missing Idempotency-Key in one answer', async () => {
    const { status, problem } = await post(
      {
        matterId: 'Company Registration',
        hallId: '',
        start: '2026-03-03 09:30',
        applicant: { name: 'X', phone: '12345', organisation: '', agent: 'yes' },
      },
      null,
    );
    expect(status).toBe(400);
    expect(problem.code).toBe('validation_failed');
    expect(paths(problem)).toEqual(
      [
        '/header/Idempotency-Key',
        '/matterId',
        '/hallId',
        '/start',
        '/applicant/name',
        '/applicant/phone',
        '/applicant/organisation',
        '/applicant/agent',
      ].sort(),
    );
  });

  it.each([
    {
      field: 'name too short',
      edit: { applicant: { ...valid.applicant, name: '王' } },
      path: '/applicant/name',
    },
    {
      field: 'name with digits',
      edit: { applicant: { ...valid.applicant, name: '王小明2' } },
      path: '/applicant/name',
    },
    { field: 'name missing', edit: { applicant: { phone: '13800138000' } }, path: '/applicant/name' },
    {
      field: 'phone not a mobile',
      edit: { applicant: { ...valid.applicant, phone: '0533-2512345' } },
      path: '/applicant/phone',
    },
    {
      field: 'phone too short',
      edit: { applicant: { ...valid.applicant, phone: '1380013800' } },
      path: '/applicant/phone',
    },
    {
      field: 'organisation empty',
      edit: { applicant: { ...valid.applicant, organisation: '  ' } },
      path: '/applicant/organisation',
    },
    {
      field: 'organisation too long',
      edit: { applicant: { ...valid.applicant, organisation: '公'.repeat(101) } },
      path: '/applicant/organisation',
    },
    {
      field: 'agent not a boolean',
      edit: { applicant: { ...valid.applicant, agent: 'yes' } },
      path: '/applicant/agent',
    },
    { field: 'start with another offset', edit: { start: '2026-03-03T09:30:00+09:00' }, path: '/start' },
    { field: 'start in UTC', edit: { start: '2026-03-03T01:30:00Z' }, path: '/start' },
    { field: 'start not a date', edit: { start: '2026-02-30T09:30:00+08:00' }, path: '/start' },
    { field: 'start not a time at all', edit: { start: 'tomorrow morning' }, path: '/start' },
    { field: 'start with seconds', edit: { start: '2026-03-03T09:30:15+08:00' }, path: '/start' },
    { field: 'matterId not a slug', edit: { matterId: 'Company_Registration' }, path: '/matterId' },
    { field: 'hallId missing', edit: { hallId: undefined }, path: '/hallId' },
  ])('$field', async ({ edit, path }) => {
    const { status, problem } = await post({ ...valid, ...edit });
    expect(status).toBe(400);
    expect(paths(problem)).toEqual([path]);
  });

  it.each([
    { key: null, case: 'missing' },
    { key: 'short', case: 'too short' },
    { key: 'has spaces in it', case: 'with spaces' },
    { key: 'x'.repeat(129), case: 'too long' },
  ])('Idempotency-Key $case', async ({ key }) => {
    const { status, problem } = await post(valid, key);
    expect(status).toBe(400);
    expect(paths(problem)).toEqual(['/header/Idempotency-Key']);
  });

  it('refuses a start between two slots, naming the nearest slot starts', async () => {
    const { status, problem } = await post({ ...valid, start: '2026-03-03T09:40:00+08:00' });
    expect(status).toBe(400);
    expect(problem.errors).toEqual([
      { path: '/start', code: 'not_slot_start', message: expect.stringContaining('09:30 or 10:00') },
    ]);
  });

  it('answers a body that is not JSON with 400', async () => {
    const response = await h.app.request('/v1/tenants/zaozhuang-gxq/bookings', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: '{"matterId": ',
    });
    expect(response.status).toBe(400);
  });
});

describe('malformed look-ups answer 400', () => {
  it.each([
    {
      case: 'a code with a wrong check symbol',
      url: '/v1/tenants/zaozhuang-gxq/bookings/K7QXM4RTE?phone=13800138000',
      path: '/param/code',
    },
    {
      case: 'a phone that is not a mobile',
      url: '/v1/tenants/zaozhuang-gxq/bookings/K7QXM4RTD?phone=110',
      path: '/query/phone',
    },
    { case: 'no phone', url: '/v1/tenants/zaozhuang-gxq/bookings/K7QXM4RTD', path: '/query/phone' },
    {
      case: 'an .ics with a wrong code',
      url: '/v1/tenants/zaozhuang-gxq/bookings/NOPE.ics?phone=13800138000',
      path: '/param/code',
    },
    {
      case: 'availability on 30 February',
      url: '/v1/tenants/zaozhuang-gxq/availability?matterId=company-registration&hallId=zaozhuang-gxq-hall&date=2026-02-30',
      path: '/query/date',
    },
  ])('$case', async ({ url, path }) => {
    const response = await h.app.request(url);
    expect(response.status).toBe(400);
    expect(paths((await response.json()) as Problem)).toEqual([path]);
  });
});
