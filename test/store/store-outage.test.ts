import { randomUUID } from 'node:crypto';
import { createDevVerifier, generateDevIssuerKeys } from '@openhall/api';
import { createDynamoApp } from '@openhall/app';
import { seedTenants } from '@openhall/local';
import { createDocumentClient, DynamoBookingStore } from '@openhall/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FreshTable, freshTable } from '../support/fresh-table.js';
import { type SwitchableProxy, switchableProxy } from '../support/switchable-proxy.js';

const NOW = new Date('2026-03-02T10:00:00+08:00');
const tenantId = 'zaozhuang-gxq';
const booking = {
  matterId: 'company-registration',
  hallId: 'zaozhuang-gxq-hall',
  start: '2026-03-03T09:30:00+08:00',
  applicant: { name: '王小明', phone: '13900000001' },
};

let table: FreshTable;
let proxy: SwitchableProxy;
let client: ReturnType<typeof createDocumentClient>;
let app: ReturnType<typeof createDynamoApp>['app'];

beforeAll(async () => {
  table = await freshTable('store-outage');
  proxy = await switchableProxy(table.endpoint);
  // The product's own client (its timeouts and retries), reaching DynamoDB Local through the proxy.
  client = createDocumentClient({ endpoint: proxy.endpoint });
  const built = createDynamoApp({
    client,
    tableName: table.tableName,
    hashSecret: 'store-outage-test-secret-0123456789abcdef',
    verifier: await createDevVerifier(await generateDevIssuerKeys(), () => NOW),
    now: () => NOW,
  });
  app = built.app;
  // Booked online without the SMS step: this test is about the store going away.
  await seedTenants(built.configStore, NOW, { phoneVerification: 'off' });
});

afterAll(async () => {
  client.destroy();
  await proxy.close();
  await table.drop();
});

const post = (key: string) =>
  app.request(`/v1/tenants/${tenantId}/bookings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key, 'x-forwarded-for': '10.9.0.1' },
    body: JSON.stringify(booking),
  });

async function expectUnavailable(response: Response, codes: string[]) {
  expect(response.status).toBe(503);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  const problem = (await response.json()) as { status: number; code: string };
  expect(problem.status).toBe(503);
  expect(codes).toContain(problem.code);
}

describe('a store that accepts connections and never answers', () => {
  it('answers health 200 while the store answers', async () => {
    const response = await app.request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it('answers 503 with Retry-After, and a same-key retry once the store is back makes one booking', async () => {
    // Prepare
    const key = randomUUID();
    proxy.hang();

    // Act
    const health = await app.request('/healthz');
    const during = await post(key);
    proxy.pass();
    const after = await post(key);
    const again = await post(key);

    // Assess
    await expectUnavailable(health, ['store_unavailable']);
    await expectUnavailable(during, ['store_failure', 'store_unavailable']);
    expect(after.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const made = (await after.json()) as { code: string };
    expect(((await again.json()) as { code: string }).code).toBe(made.code);
    const stored = await new DynamoBookingStore(table.client, table.tableName).bookingsOfHallDay(
      tenantId,
      booking.hallId,
      '2026-03-03',
    );
    expect(stored.map((s) => s.booking.code)).toEqual([made.code]);
    expect((await app.request('/healthz')).status).toBe(200);
  });
});
