import { createDevVerifier, generateDevIssuerKeys, signDevToken } from '@openhall/api';
import { createDynamoApp } from '@openhall/app';
import { seedTenants } from '@openhall/local';
import { OutboxNotifier } from '@openhall/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FreshTable, freshTable } from '../support/fresh-table.js';

/*
 * Two instances of the product on one table, as two Lambda instances would be: each keeps the
 * configuration it read, and each must see an admin's change on its very next request.
 */

const NOW = new Date('2026-12-01T09:00:00+08:00');
const HASH_SECRET = 'config-cache-tests-hash-secret-0123456789';

let table: FreshTable;
let first: ReturnType<typeof createDynamoApp>;
let second: ReturnType<typeof createDynamoApp>;
let token: string;

beforeAll(async () => {
  table = await freshTable('config-cache');
  const keys = await generateDevIssuerKeys();
  const instance = async () =>
    createDynamoApp({
      client: table.client,
      tableName: table.tableName,
      hashSecret: HASH_SECRET,
      verifier: await createDevVerifier(keys, () => NOW),
      notifier: new OutboxNotifier(),
      now: () => NOW,
    });
  first = await instance();
  second = await instance();
  await seedTenants(first.configStore, NOW);
  token = await signDevToken(
    keys,
    { sub: 'admin-zibo', role: 'district-admin', tenantId: 'zibo' },
    { now: NOW },
  );
});

afterAll(() => table.drop());

async function hallName(app: ReturnType<typeof createDynamoApp>['app']): Promise<string> {
  const res = await app.request('/v1/tenants/zibo');
  expect(res.status).toBe(200);
  const body = (await res.json()) as { halls: { id: string; name: { zh: string } }[] };
  return body.halls.find((h) => h.id === 'zibo-center')?.name.zh ?? '';
}

describe('the configuration kept by each instance', () => {
  it('shows an admin change made through one instance on the next request of the other', async () => {
    const before = await hallName(first.app);
    expect(await hallName(second.app)).toBe(before);

    for (const [round, writer, reader] of [
      [1, second, first],
      [2, first, second],
      [3, second, first],
    ] as const) {
      const name = `${before}（第${round}次改名）`;
      const res = await writer.app.request('/v1/tenants/zibo/config/halls/zibo-center', {
        method: 'PATCH',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/merge-patch+json' },
        body: JSON.stringify({ name: { zh: name } }),
      });
      expect(res.status).toBe(200);
      expect(await hallName(reader.app)).toBe(name);
      expect(await hallName(writer.app)).toBe(name);
    }
  });
});
