import { createDevVerifier, generateDevIssuerKeys, signDevToken } from '@openhall/api';
import { createDynamoApp } from '@openhall/app';
import type { Principal } from '@openhall/domain';
import { seedTenants } from '@openhall/local';
import { EXAMPLE_SCHEDULE_2027 } from '@openhall/services/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FreshTable, freshTable } from '../support/fresh-table.js';

/*
 * The platform operator enters 2027's State Council schedule once, through one instance of the
 * product; every tenant's calendar, availability and bookings read it on the next request of any
 * instance, and each district's own overrides still win.
 */

// A Monday, inside the desk's hours; 2027 is within Zibo's 30-day horizon and provisional.
const NOW = new Date('2026-12-21T10:00:00+08:00');
const HASH_SECRET = 'national-schedule-tests-hash-secret-0123456789';
const OPERATOR: Principal = { sub: 'platform-operator', role: 'platform-operator' };
const ZIBO_ADMIN: Principal = { sub: 'zibo-district-admin', role: 'district-admin', tenantId: 'zibo' };
const MATTER = 'enterprise-establishment';

let table: FreshTable;
let first: ReturnType<typeof createDynamoApp>;
let second: ReturnType<typeof createDynamoApp>;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  table = await freshTable('national-schedule');
  const keys = await generateDevIssuerKeys();
  const instance = async () =>
    createDynamoApp({
      client: table.client,
      tableName: table.tableName,
      hashSecret: HASH_SECRET,
      verifier: await createDevVerifier(keys, () => NOW),
      now: () => NOW,
    });
  first = await instance();
  second = await instance();
  // Booked online without the SMS step: these tests are about the national schedule.
  await seedTenants(first.configStore, NOW, { phoneVerification: 'off' });
  tokens.operator = await signDevToken(keys, OPERATOR, { now: NOW });
  tokens.ziboAdmin = await signDevToken(keys, ZIBO_ADMIN, { now: NOW });
});

afterAll(() => table.drop());

type App = ReturnType<typeof createDynamoApp>['app'];

function call(
  app: App,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  return Promise.resolve(
    app.request(path, {
      method,
      headers: {
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...options.headers,
      },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    }),
  );
}

async function calendarDay(app: App, tenantId: string, date: string) {
  const res = await call(app, 'GET', `/v1/tenants/${tenantId}/calendar?from=${date}&to=${date}`);
  expect(res.status).toBe(200);
  return (await res.json()).days[0] as { kind: string; provisional: boolean; holidayName?: string };
}

async function availability(app: App, date: string) {
  const res = await call(
    app,
    'GET',
    `/v1/tenants/zibo/availability?matterId=${MATTER}&hallId=zibo-center&date=${date}`,
  );
  expect(res.status).toBe(200);
  return res.json();
}

/** The first slot with a place left. */
function freeSlot(day: { slots: { start: string; remaining: number }[] }): string {
  const slot = day.slots.find((s) => s.remaining > 0);
  expect(slot).toBeDefined();
  return slot!.start;
}

let phone = 13900000100;
function book(app: App, start: string) {
  phone += 1;
  return call(app, 'POST', '/v1/tenants/zibo/bookings', {
    headers: { 'idempotency-key': crypto.randomUUID(), 'x-forwarded-for': `10.9.0.${phone % 250}` },
    body: {
      matterId: MATTER,
      hallId: 'zibo-center',
      start,
      applicant: { name: '王小明', phone: String(phone) },
    },
  });
}

async function setProvisionalBookable(allowed: boolean) {
  const current = await call(first.app, 'GET', '/v1/tenants/zibo/config', { token: tokens.ziboAdmin });
  const { config } = await current.json();
  const res = await call(first.app, 'PUT', '/v1/tenants/zibo/config/booking-policy', {
    token: tokens.ziboAdmin,
    headers: { 'if-match': current.headers.get('etag')! },
    body: { ...config.bookingPolicy, provisionalDaysBookableOnline: allowed },
  });
  expect(res.status).toBe(200);
}

describe('before the platform publishes 2027', () => {
  it('every tenant sees 2027 as provisional, make-up days unknown', async () => {
    for (const tenantId of ['zibo', 'boai']) {
      expect(await calendarDay(first.app, tenantId, '2027-01-31')).toMatchObject({
        kind: 'restday',
        provisional: true,
      });
    }
  });

  it('availability flags a provisional day and refuses it online by default, and so does a booking', async () => {
    const day = await availability(first.app, '2027-01-05');
    expect(day).toMatchObject({ provisional: true, slots: [], unavailable: { code: 'provisional_day' } });
    const res = await book(first.app, '2027-01-05T09:00:00+08:00');
    expect(res.status).toBe(422);
    expect((await res.json()).code).toBe('provisional_day');
    // A day of a year the schedule covers is not flagged.
    expect((await availability(first.app, '2026-12-29')).provisional).toBe(false);
  });

  it('offers and books a provisional day online, still flagged, when the district allows it', async () => {
    await setProvisionalBookable(true);
    const day = await availability(second.app, '2027-01-05');
    expect(day.provisional).toBe(true);
    expect(day.slots.length).toBeGreaterThan(0);
    expect((await book(second.app, freeSlot(day))).status).toBe(201);
    await setProvisionalBookable(false);
    expect((await availability(second.app, '2027-01-05')).unavailable?.code).toBe('provisional_day');
  });
});

describe('the platform route group', () => {
  it('answers 401 without a token and 403 to a district admin', async () => {
    const body = EXAMPLE_SCHEDULE_2027;
    expect((await call(first.app, 'PUT', '/v1/platform/national-schedules/2027', { body })).status).toBe(401);
    for (const [method, path] of [
      ['PUT', '/v1/platform/national-schedules/2027'],
      ['GET', '/v1/platform/national-schedules/2027'],
      ['GET', '/v1/platform/national-schedules/2027/audit'],
    ] as const) {
      const res = await call(first.app, method, path, {
        token: tokens.ziboAdmin,
        body: method === 'PUT' ? body : undefined,
      });
      expect(res.status).toBe(403);
      expect((await res.json()).code).toBe('forbidden');
    }
  });

  it("refuses the platform operator a tenant's admin routes", async () => {
    const res = await call(first.app, 'GET', '/v1/tenants/zibo/config', { token: tokens.operator });
    expect(res.status).toBe(403);
    expect((await res.json()).code).toBe('forbidden');
  });

  it('names every invalid field of a schedule, and every date outside its year', async () => {
    const name = { zh: '春节', en: 'Spring Festival' };
    const put = (days: unknown[]) =>
      call(first.app, 'PUT', '/v1/platform/national-schedules/2027', {
        token: tokens.operator,
        body: { days },
      });
    const paths = async (res: Response) => {
      expect(res.status).toBe(400);
      const problem = await res.json();
      expect(problem.code).toBe('validation_failed');
      return problem.errors.map((e: { path: string }) => e.path).sort();
    };
    expect(
      await paths(
        await put([
          { date: '2027-02-06', kind: 'holiday', name },
          { date: '2027-02-06', kind: 'holiday', name },
          { date: '2027-02-07', kind: 'holiday', name: { zh: '春节' } },
        ]),
      ),
    ).toEqual(['/days/1/date', '/days/2/name/en']);
    expect(
      await paths(
        await put([
          { date: '2026-02-17', kind: 'holiday', name },
          { date: '2027-02-06', kind: 'holiday', name },
          { date: '2028-01-01', kind: 'holiday', name },
        ]),
      ),
    ).toEqual(['/days/0/date', '/days/2/date']);
    expect((await call(first.app, 'GET', '/v1/national-schedules/2027')).status).toBe(404);
  });
});

describe('once the platform operator publishes 2027 through one instance', () => {
  beforeAll(async () => {
    // The other instance has read (and cached) the schedules before the change.
    await calendarDay(second.app, 'zibo', '2027-01-31');
    const res = await call(first.app, 'PUT', '/v1/platform/national-schedules/2027', {
      token: tokens.operator,
      body: EXAMPLE_SCHEDULE_2027,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"v1"');
  });

  it("every tenant's calendar on the other instance shows the published holidays and make-up days", async () => {
    for (const tenantId of ['zibo', 'boai']) {
      expect(await calendarDay(second.app, tenantId, '2027-01-31')).toMatchObject({
        kind: 'makeup-workday',
        provisional: false,
      });
      expect(await calendarDay(second.app, tenantId, '2027-02-08')).toMatchObject({
        kind: 'holiday',
        holidayName: '春节',
        provisional: false,
      });
    }
  });

  it('availability and booking take the year as published', async () => {
    const day = await availability(second.app, '2027-01-05');
    expect(day.provisional).toBe(false);
    expect(day.slots.length).toBeGreaterThan(0);
    expect((await book(second.app, freeSlot(day))).status).toBe(201);
  });

  it("a district's override still wins, for that district only", async () => {
    const res = await call(first.app, 'PUT', '/v1/tenants/zibo/calendar-overrides/2027-01-31', {
      token: tokens.ziboAdmin,
      body: { kind: 'restday', reason: '本区另行安排' },
    });
    expect(res.status).toBe(200);
    expect((await calendarDay(second.app, 'zibo', '2027-01-31')).kind).toBe('restday');
    expect((await calendarDay(second.app, 'boai', '2027-01-31')).kind).toBe('makeup-workday');
  });

  it('a correction needs the version it replaces, and the audit trail says who, when and which dates', async () => {
    const corrected = {
      ...EXAMPLE_SCHEDULE_2027,
      days: [
        ...EXAMPLE_SCHEDULE_2027.days.filter((d) => d.date !== '2027-02-20'),
        { date: '2027-02-21', kind: 'makeup-workday', name: { zh: '春节', en: 'Spring Festival' } },
      ],
    };
    const path = '/v1/platform/national-schedules/2027';
    const without = await call(second.app, 'PUT', path, { token: tokens.operator, body: corrected });
    expect(without.status).toBe(428);
    const stale = await call(second.app, 'PUT', path, {
      token: tokens.operator,
      body: corrected,
      headers: { 'if-match': '"v7"' },
    });
    expect(stale.status).toBe(409);
    const ok = await call(second.app, 'PUT', path, {
      token: tokens.operator,
      body: corrected,
      headers: { 'if-match': '"v1"' },
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({
      version: 2,
      updatedBy: 'platform-operator',
      updatedAt: '2026-12-21T10:00:00+08:00',
    });
    expect((await calendarDay(first.app, 'boai', '2027-02-21')).kind).toBe('makeup-workday');

    const audit = await call(first.app, 'GET', `${path}/audit`, { token: tokens.operator });
    expect(audit.status).toBe(200);
    const { entries } = await audit.json();
    expect(entries.map((e: { version: number }) => e.version)).toEqual([2, 1]);
    expect(entries[0]).toEqual({
      year: 2027,
      version: 2,
      at: '2026-12-21T10:00:00+08:00',
      actor: 'platform-operator',
      changes: [
        { op: 'remove', date: '2027-02-20' },
        { op: 'add', date: '2027-02-21' },
      ],
    });
    expect(entries[1].changes).toHaveLength(EXAMPLE_SCHEDULE_2027.days.length);

    const published = await call(first.app, 'GET', '/v1/national-schedules/2027');
    expect(published.status).toBe(200);
    expect(published.headers.get('etag')).toBe('"v2"');
    expect((await published.json()).schedule.days).toHaveLength(corrected.days.length);
  });
});
