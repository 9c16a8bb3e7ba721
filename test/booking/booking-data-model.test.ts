import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type BookingHarness, bookingHarness, postBooking, postChange } from './support/booking-harness.js';

const tenantId = 'zaozhuang-gxq';
const place = { tenantId, hallId: 'zaozhuang-gxq-hall', matterId: 'company-registration' };
const phone = '13712345678';

let h: BookingHarness;
const logged: string[] = [];

beforeAll(async () => {
  h = await bookingHarness('booking-data-model', '2026-03-02T10:00:00+08:00');
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
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
        'ConfigVersion',
        'Booking',
        'PlaceCounter',
        'IdempotencyRecord',
        'PersonLedger',
        'RateCounter',
      ]),
    );
    for (const item of items.filter((i) => i.entity !== 'TenantConfig' && i.entity !== 'ConfigVersion')) {
      expect(String(item.pk)).toMatch(new RegExp(`^TENANT#${tenantId}#`));
      if (item.gsi1pk !== undefined) expect(String(item.gsi1pk)).toMatch(new RegExp(`^TENANT#${tenantId}#`));
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
      ['PlaceCounter', 'IdempotencyRecord', 'PersonLedger', 'RateCounter'].includes(String(i.entity)),
    );
    expect(shortLived.length).toBeGreaterThan(0);
    for (const item of shortLived) expect(item.expiresAt, String(item.entity)).toEqual(expect.any(Number));
    for (const item of items.filter((i) => i.entity === 'Booking'))
      expect(item).not.toHaveProperty('expiresAt');
  });

  it('write no phone number to the logs', () => {
    for (const line of logged) {
      expect(line).not.toContain(phone);
      expect(line).not.toContain('13812345678');
    }
  });
});
