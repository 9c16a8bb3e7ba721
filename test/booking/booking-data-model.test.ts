import { format } from 'node:util';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type BookingHarness, bookingHarness, postBooking, postChange } from './support/booking-harness.js';

const tenantId = 'zaozhuang-gxq';
const place = { tenantId, hallId: 'zaozhuang-gxq-hall', matterId: 'company-registration' };
const phone = '13712345678';

let h: BookingHarness;
/** Every line written to the console or to stdout/stderr while this file runs, as it would be printed. */
const logged: string[] = [];

beforeAll(async () => {
  h = await bookingHarness('booking-data-model', '2026-03-02T10:00:00+08:00');
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(format(...args));
    });
  }
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
      logged.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    });
  }
  // Every kind of item: booked, refused (per-person limit), looked up wrongly, rescheduled, cancelled.
  const booked = await postBooking(h, { ...place, start: '2026-03-03T09:00:00+08:00', applicant: { phone } });
  const { code } = (await booked.json()) as { code: string };
  await postBooking(h, { ...place, start: '2026-03-03T10:00:00+08:00', applicant: { phone } });
  await h.app.request(`/v1/tenants/${tenantId}/bookings/${code}?phone=13900000000`);
  await postChange(h, tenantId, code, 'reschedule', { phone, start: '2026-03-04T09:00:00+08:00' });
  await postBooking(h, { ...place, start: '2026-03-05T09:00:00+08:00', applicant: { phone: '13812345678' } });
  await postChange(h, tenantId, code, 'cancel', { phone });
});

afterAll(async () => {
  vi.restoreAllMocks();
  await h.close();
});

async function allItems(): Promise<Record<string, unknown>[]> {
  // A test may Scan its own table; the product never does.
  const out = await h.client.send(new ScanCommand({ TableName: h.table.tableName }));
  return out.Items ?? [];
}

describe('booking items in the single table', () => {
  it('lead every key with the tenant', async () => {
    const items = await allItems();
    const entities = new Set(items.map((i) => i.entity));
    expect(entities).toEqual(
      new Set([
        'TenantConfig',
        'ConfigHead',
        'ConfigVersion',
        'Booking',
        'PlaceCounter',
        // Each window-day's guard against a rota change racing its bookings, beside its counters.
        'PlacesGuard',
        'IdempotencyRecord',
        'PersonLedger',
        'RateCounter',
        'ProvinceMembership',
        // The events of the bookings and of the seeded configurations (the transactional outbox).
        'OutboxEvent',
      ]),
    );
    // Configuration items sit in the tenant's own partition `TENANT#{t}`; the tenant directory and the
    // province's list of districts are the two indexes across tenants (ids only).
    const configItems = new Set(['TenantConfig', 'ConfigVersion', 'ConfigHead', 'ProvinceMembership']);
    for (const item of items.filter((i) => configItems.has(String(i.entity))))
      expect(String(item.pk)).toBe(`TENANT#${String(item.tenantId ?? item.pk).replace(/^TENANT#/, '')}`);
    for (const item of items.filter((i) => !configItems.has(String(i.entity)))) {
      // An outbox item is its own tenant's (the seeding wrote every tenant's config.changed).
      const owner = item.entity === 'OutboxEvent' ? String(item.tenantId) : tenantId;
      expect(String(item.pk)).toMatch(new RegExp(`^TENANT#${owner}#`));
      if (item.gsi1pk !== undefined) expect(String(item.gsi1pk)).toMatch(new RegExp(`^TENANT#${owner}#`));
    }
  });

  it('never hold a phone number in a key; only the booking item holds it, in its applicant', async () => {
    const items = await allItems();
    const phones = [phone, '13812345678'];
    for (const item of items) {
      const keys = [item.pk, item.sk, item.gsi1pk, item.gsi1sk].join(' ');
      for (const p of phones) expect(keys).not.toContain(p);
      const { applicant: _applicant, ...rest } = item;
      for (const p of phones) expect(JSON.stringify(rest)).not.toContain(p);
    }
    const holders = items.filter((i) => JSON.stringify(i).includes(phone));
    expect(holders.map((i) => i.entity)).toEqual(['Booking']);
  });

  it('give every short-lived item a time to live', async () => {
    const items = await allItems();
    const shortLived = items.filter((i) =>
      ['PlaceCounter', 'PlacesGuard', 'IdempotencyRecord', 'PersonLedger', 'RateCounter'].includes(
        String(i.entity),
      ),
    );
    expect(shortLived.length).toBeGreaterThan(0);
    for (const item of shortLived) expect(item.expiresAt, String(item.entity)).toEqual(expect.any(Number));
    for (const item of items.filter((i) => i.entity === 'Booking'))
      expect(item).not.toHaveProperty('expiresAt');
  });
});

/** Someone whose details must stay out of the logs however their request ends. */
const person = { name: '林秀珍', phone: '13698765432', organisation: '枣庄星河新材料有限公司' };
/** What the failing store put in the errors it threw. */
const thrown: string[] = [];

/**
 * Runs `act` while the DynamoDB commands named in `commands` (as the low-level client names them, e.g.
 * `TransactWriteItemsCommand`), or all of them for `'all'`, fail with an unnamed error whose message
 * repeats what the command carried, as SDK errors may.
 */
async function whileStoreFails<T>(commands: string[] | 'all', act: () => Promise<T>): Promise<T> {
  const name = 'failForLogTest';
  h.client.middlewareStack.add(
    (next, context) => async (args) => {
      if (commands !== 'all' && !commands.includes(String(context.commandName))) return next(args);
      const error = new Error(`store refused ${context.commandName} of ${JSON.stringify(args.input)}`);
      thrown.push(error.message);
      throw error;
    },
    { step: 'initialize', name },
  );
  try {
    return await act();
  } finally {
    h.client.middlewareStack.remove(name);
  }
}

function postForm(path: string, form: Record<string, string>, ip: string): Promise<Response> {
  return Promise.resolve(
    h.app.request(path, {
      method: 'POST',
      body: new URLSearchParams(form),
      headers: { 'x-forwarded-for': ip },
    }),
  );
}

describe('the logs', () => {
  // A refusal (the per-person limit and the wrong phone of the set-up) logs nothing; a fault logs a line.
  it('get a line for every failed request, with no phone, name or organisation in any line', async () => {
    // Prepare
    const start = '2026-03-06T09:00:00+08:00';
    const form = {
      matterId: place.matterId,
      hallId: place.hallId,
      date: '2026-03-06',
      idempotencyKey: '6c1f4a52-0d3e-4b8a-9f21-7e5d2c4b1a90',
      start,
      name: person.name,
      phone: person.phone,
      organisation: person.organisation,
    };
    const before = logged.length;

    // Act: the booking's write fails (JSON API); the store is down (JSON API and pages).
    const writeFailed = await whileStoreFails(['TransactWriteItemsCommand'], () =>
      postBooking(h, { ...place, start, applicant: person }, { ip: '10.0.7.1' }),
    );
    const apiDown = await whileStoreFails('all', () =>
      Promise.resolve(
        h.app.request(`/v1/tenants/${tenantId}/bookings/K7QXM4RTD/lookup`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.0.7.2' },
          body: JSON.stringify({ phone: person.phone }),
        }),
      ),
    );
    const bookPageDown = await whileStoreFails('all', () =>
      postForm(`/t/${tenantId}/book`, form, '10.0.7.3'),
    );
    const lookupPageDown = await whileStoreFails('all', () =>
      postForm(`/t/${tenantId}/my-booking`, { code: 'K7QXM4RTD', phone: person.phone }, '10.0.7.4'),
    );

    // Assert
    expect([writeFailed, apiDown, bookPageDown, lookupPageDown].map((r) => r.status)).toEqual([
      500, 500, 500, 500,
    ]);
    // The details did reach the app inside an error, so a careless log line would show them.
    expect(thrown.some((m) => m.includes(person.phone) && m.includes(person.organisation))).toBe(true);
    const lines = logged.slice(before);
    expect(lines.filter((l) => l.includes('request failed'))).toHaveLength(2);
    expect(lines.filter((l) => l.includes('page failed'))).toHaveLength(2);
    for (const line of logged) {
      for (const secret of [phone, '13812345678', '王小明', ...Object.values(person)]) {
        expect(line).not.toContain(secret);
      }
    }
  });
});
