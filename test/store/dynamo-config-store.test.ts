import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { type SaveConfigInput, type TenantConfig, VersionConflictError } from '@openhall/domain';
import { ConfigTooLargeError, DynamoConfigStore, GSI1 } from '@openhall/store';
import { tenantConfigFixture } from '@openhall/store/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FreshTable, freshTable } from '../support/fresh-table.js';

let table: FreshTable;
let store: DynamoConfigStore;

beforeEach(async () => {
  table = await freshTable('config-store');
  store = new DynamoConfigStore(table.client, table.tableName);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await table.drop();
});

function input(
  tenantId: string,
  expectedVersion: number | undefined,
  overrides: Partial<SaveConfigInput> = {},
): SaveConfigInput {
  return {
    tenantId,
    config: tenantConfigFixture(tenantId),
    expectedVersion,
    actor: 'admin-wang',
    action: 'PUT config',
    at: '2026-03-05T09:00:00+08:00',
    ...overrides,
  };
}

/** The fixture with the rest-day hours of its hall changed. */
function withRestdayUntil(config: TenantConfig, to: string): TenantConfig {
  const next = structuredClone(config);
  next.halls[0]!.openingPolicy.restday.sessions = [{ from: '09:00', to }];
  return next;
}

describe('DynamoConfigStore against DynamoDB Local', () => {
  it('reads back what it saved, with version 1 for a new tenant', async () => {
    // Prepare
    const save = input('zibo', undefined);

    // Act
    const saved = await store.saveConfig(save);
    const read = await store.getConfig('zibo');

    // Assess
    expect(saved.version).toBe(1);
    expect(read).toEqual({ config: save.config, version: 1, updatedAt: save.at, updatedBy: save.actor });
  });

  it('answers undefined for a tenant never saved', async () => {
    expect(await store.getConfig('nobody')).toBeUndefined();
  });

  it('adds one to the version with every accepted save', async () => {
    const first = await store.saveConfig(input('zibo', undefined));
    const second = await store.saveConfig(
      input('zibo', first.version, { config: withRestdayUntil(first.config, '15:00') }),
    );
    const third = await store.saveConfig(
      input('zibo', second.version, { config: withRestdayUntil(first.config, '14:00') }),
    );

    expect([first.version, second.version, third.version]).toEqual([1, 2, 3]);
    const read = await store.getConfig('zibo');
    expect(read?.version).toBe(3);
    expect(read?.config.halls[0]?.openingPolicy.restday.sessions).toEqual([{ from: '09:00', to: '14:00' }]);
  });

  it.each([
    { case: 'a stale version', expected: 1 },
    { case: 'a version not reached yet', expected: 7 },
    { case: 'creating a tenant that exists', expected: undefined },
  ])('refuses $case with the stored version and leaves the data alone', async ({ expected }) => {
    // Prepare: version 2 stored
    const v1 = await store.saveConfig(input('zibo', undefined));
    const v2 = await store.saveConfig(input('zibo', 1, { config: withRestdayUntil(v1.config, '15:00') }));

    // Act
    const attempt = store.saveConfig(
      input('zibo', expected, { config: withRestdayUntil(v1.config, '11:00') }),
    );

    // Assess
    await expect(attempt).rejects.toBeInstanceOf(VersionConflictError);
    await expect(attempt).rejects.toMatchObject({
      expected,
      actual: 2,
      code: 'version_conflict',
    });
    expect(await store.getConfig('zibo')).toEqual(v2);
    expect((await store.listAudit('zibo', { limit: 10 })).map((e) => e.version)).toEqual([2, 1]);
  });

  it('lets exactly one of two concurrent saves from the same version win', async () => {
    // Prepare
    const v1 = await store.saveConfig(input('zibo', undefined));
    const writers = [
      input('zibo', 1, { actor: 'admin-li', config: withRestdayUntil(v1.config, '15:00') }),
      input('zibo', 1, { actor: 'admin-zhao', config: withRestdayUntil(v1.config, '14:00') }),
    ];

    // Act
    const results = await Promise.allSettled(writers.map((w) => store.saveConfig(w)));

    // Assess
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]?.reason).toBeInstanceOf(VersionConflictError);
    expect(lost[0]?.reason).toMatchObject({ expected: 1, actual: 2 });
    const winner = writers[results.indexOf(won[0]!)]!;
    const audit = await store.listAudit('zibo', { limit: 10 });
    expect(audit.filter((e) => e.version === 2)).toEqual([expect.objectContaining({ actor: winner.actor })]);
    expect((await store.getConfig('zibo'))?.config).toEqual(winner.config);
  });

  it('relies on the transaction, not only its own read, to refuse a writer that lost the race', async () => {
    // Prepare: the store reads version 1, then another writer commits version 2 before the transaction.
    const v1 = await store.saveConfig(input('zibo', undefined));
    const stale = await store.getConfig('zibo');
    await new DynamoConfigStore(table.client, table.tableName).saveConfig(
      input('zibo', 1, { actor: 'admin-li', config: withRestdayUntil(v1.config, '15:00') }),
    );
    vi.spyOn(store, 'getConfig').mockResolvedValueOnce(stale);

    // Act
    const attempt = store.saveConfig(input('zibo', 1, { config: withRestdayUntil(v1.config, '11:00') }));

    // Assess
    await expect(attempt).rejects.toMatchObject({ name: 'VersionConflictError', expected: 1, actual: 2 });
    const audit = await store.listAudit('zibo', { limit: 10 });
    expect(audit.map((e) => [e.version, e.actor])).toEqual([
      [2, 'admin-li'],
      [1, 'admin-wang'],
    ]);
  });

  it('keeps an audit trail of who changed what and when, newest first', async () => {
    // Prepare
    const v1 = await store.saveConfig(
      input('zibo', undefined, { actor: 'admin-wang', action: 'create', at: '2026-03-05T09:00:00+08:00' }),
    );
    await store.saveConfig(
      input('zibo', 1, {
        actor: 'admin-li',
        action: 'PATCH halls/city-center',
        at: '2026-03-06T10:30:00+08:00',
        config: withRestdayUntil(v1.config, '15:00'),
      }),
    );

    // Act
    const all = await store.listAudit('zibo', { limit: 10 });
    const newest = await store.listAudit('zibo', { limit: 1 });
    const older = await store.listAudit('zibo', { limit: 10, before: 2 });

    // Assess
    expect(all).toEqual([
      {
        tenantId: 'zibo',
        version: 2,
        at: '2026-03-06T10:30:00+08:00',
        actor: 'admin-li',
        action: 'PATCH halls/city-center',
        changes: [
          {
            op: 'replace',
            path: '/halls/city-center/openingPolicy/restday/sessions',
            oldValue: v1.config.halls[0]!.openingPolicy.restday.sessions,
            newValue: [{ from: '09:00', to: '15:00' }],
          },
        ],
      },
      {
        tenantId: 'zibo',
        version: 1,
        at: '2026-03-05T09:00:00+08:00',
        actor: 'admin-wang',
        action: 'create',
        // The whole configuration is too long to keep: the start of its JSON text.
        changes: [{ op: 'add', path: '', newValue: expect.stringMatching(/^\{".*…$/), truncated: true }],
      },
    ]);
    expect(newest.map((e) => e.version)).toEqual([2]);
    expect(older.map((e) => e.version)).toEqual([1]);
    expect(await store.listAudit('zibo', { limit: 10, before: 1 })).toEqual([]);
  });

  it('lists each tenant once from the gsi1 directory, never by Scan', async () => {
    // Prepare: several versions of one tenant and a second tenant
    const a = await store.saveConfig(input('chengde', undefined));
    await store.saveConfig(input('chengde', 1, { config: withRestdayUntil(a.config, '15:00') }));
    await store.saveConfig(input('chengde', 2, { config: withRestdayUntil(a.config, '14:00') }));
    await store.saveConfig(input('boai', undefined));
    const send = vi.spyOn(table.client, 'send');

    // Act
    const tenants = await store.listTenants();

    // Assess
    expect(tenants).toEqual([tenantConfigFixture('boai').tenant, tenantConfigFixture('chengde').tenant]);
    const commands = send.mock.calls.map(([command]) => command);
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) {
      expect(command).not.toBeInstanceOf(ScanCommand);
      expect(command.constructor.name).toBe('QueryCommand');
      expect(command.input).toMatchObject({ IndexName: GSI1 });
    }
  });

  it('keeps every item of a tenant under a key that starts with its tenant id', async () => {
    // Prepare
    const a = await store.saveConfig(input('zaozhuang', undefined));
    await store.saveConfig(input('zaozhuang', 1, { config: withRestdayUntil(a.config, '15:00') }));
    await store.saveConfig(input('zibo', undefined));

    // Act: a Scan is fine here, in a test, to see everything the store wrote
    const { Items = [] } = await table.client.send(new ScanCommand({ TableName: table.tableName }));

    // Assess
    // Three saves: seven configuration items, three config.changed outbox items and each tenant's
    // place in its province's list.
    expect(Items).toHaveLength(12);
    for (const item of Items) {
      const prefix = `TENANT#${item.tenantId}`;
      expect(item.pk === prefix || String(item.pk).startsWith(`${prefix}#`)).toBe(true);
    }
    const zaozhuang = Items.filter((item) => item.tenantId === 'zaozhuang');
    expect(zaozhuang.map((i) => i.sk).sort()).toEqual([
      'CONFIG',
      'CONFIG#HEAD',
      'CONFIG#V#0000000001',
      'CONFIG#V#0000000002',
      'EVENT',
      'EVENT',
      'PROVINCE',
    ]);
    expect(Items.find((i) => i.tenantId === 'zaozhuang' && i.sk === 'CONFIG#HEAD')?.version).toBe(2);
    const indexed = Items.filter((i) => i.gsi1pk !== undefined);
    expect(indexed.filter((i) => i.sk === 'CONFIG')).toHaveLength(2);
    // The rest of the index: each tenant in its province's list, and the outbox's pending markers,
    // each under its own tenant.
    for (const item of indexed.filter((i) => i.sk !== 'CONFIG' && i.sk !== 'PROVINCE')) {
      expect(item.gsi1pk).toBe(`TENANT#${item.tenantId}#OUTBOX#PENDING`);
    }
    expect(indexed.filter((i) => i.sk === 'PROVINCE').map((i) => i.gsi1pk)).toEqual([
      'PROVINCE#shandong',
      'PROVINCE#shandong',
    ]);
  });

  it('refuses a configuration too big for one item, before writing anything', async () => {
    // Prepare: 40 matters with 50 long materials each, well past 400 KB
    const config = tenantConfigFixture('zibo');
    const matter = config.matters[0]!;
    const material = { zh: '材'.repeat(400), en: 'm'.repeat(400) };
    config.matters = Array.from({ length: 40 }, (_, i) => ({
      ...matter,
      id: `matter-${i}`,
      materials: Array.from({ length: 50 }, () => material),
    }));

    // Act
    const attempt = store.saveConfig(input('zibo', undefined, { config }));

    // Assess
    await expect(attempt).rejects.toBeInstanceOf(ConfigTooLargeError);
    await expect(attempt).rejects.toMatchObject({ code: 'config_too_large' });
    expect(await store.getConfig('zibo')).toBeUndefined();
  });
});
