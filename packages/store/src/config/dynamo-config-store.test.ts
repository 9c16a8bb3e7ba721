import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { type SaveConfigInput, VersionConflictError } from '@openhall/domain';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../table/dynamo-client.js';
import {
  ConfigTooLargeError,
  StoredItemInvalidError,
  StoreFailureError,
  TenantMismatchError,
} from '../table/errors.js';
import { tenantConfigFixture } from '../testing/tenant-config-fixture.js';
import { configItem } from './config-item.js';
import { DynamoConfigStore } from './dynamo-config-store.js';

const ddb = mockClient(DynamoDBDocumentClient);

afterEach(() => {
  ddb.reset();
});

const config = tenantConfigFixture('zibo');

function save(
  expectedVersion: number | undefined,
  overrides: Partial<SaveConfigInput> = {},
): SaveConfigInput {
  return {
    tenantId: 'zibo',
    config,
    expectedVersion,
    actor: 'admin-wang',
    action: 'PUT config',
    at: '2026-03-05T09:00:00+08:00',
    ...overrides,
  };
}

/** The CONFIG item as stored at `version`. */
function stored(version: number) {
  return { Item: configItem(save(version - 1), version) };
}

const HEAD = { Key: { pk: 'TENANT#zibo', sk: 'CONFIG#HEAD' } };
const CONFIG = { Key: { pk: 'TENANT#zibo', sk: 'CONFIG' } };

/** The tenant as stored at `version`: its head and its CONFIG item. */
function storedAt(version: number) {
  ddb.on(GetCommand, HEAD).resolves({ Item: { version } });
  ddb.on(GetCommand, CONFIG).resolves(stored(version));
}

function cancelled(...codes: string[]) {
  return new TransactionCanceledException({
    message: 'Transaction cancelled',
    $metadata: {},
    CancellationReasons: codes.map((Code) => ({ Code })),
  });
}

function newStore(options = {}) {
  return new DynamoConfigStore(createDocumentClient({ region: 'cn-north-1' }), 'openhall', options);
}

describe('DynamoConfigStore.saveConfig', () => {
  it('writes the CONFIG and version items in one transaction and answers the new version', async () => {
    // Prepare
    storedAt(1);
    ddb.on(TransactWriteCommand).resolves({});

    // Act
    const result = await newStore().saveConfig(save(1, { actor: 'admin-li' }));

    // Assess
    expect(result).toEqual({
      config,
      version: 2,
      updatedAt: '2026-03-05T09:00:00+08:00',
      updatedBy: 'admin-li',
    });
    const [call] = ddb.commandCalls(TransactWriteCommand);
    const items = call?.args[0].input.TransactItems ?? [];
    expect(items.map((i) => i.Put?.Item?.sk)).toEqual([
      'CONFIG',
      'CONFIG#V#0000000002',
      'CONFIG#HEAD',
      'PROVINCE',
      'EVENT',
    ]);
    expect(items[2]?.Put?.Item).toMatchObject({ version: 2 });
    expect(items[1]?.Put?.Item).toMatchObject({ actor: 'admin-li', changes: [] });
  });

  it('refuses a stale version from its own read, without writing', async () => {
    storedAt(3);

    await expect(newStore().saveConfig(save(2))).rejects.toMatchObject({
      name: 'VersionConflictError',
      expected: 2,
      actual: 3,
    });
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
  });

  it.each([
    { case: 'a failed condition', codes: ['ConditionalCheckFailed', 'None'] },
    {
      case: 'a concurrent transaction that already moved the version',
      codes: ['TransactionConflict', 'None'],
    },
  ])('answers VersionConflictError with the stored version after $case', async ({ codes }) => {
    // Prepare: version 1 when read, version 2 after the transaction lost
    ddb.on(GetCommand, CONFIG).resolves(stored(1));
    ddb
      .on(GetCommand, HEAD)
      .resolvesOnce({ Item: { version: 1 } })
      .resolves({ Item: { version: 2 } });
    ddb.on(TransactWriteCommand).rejects(cancelled(...codes));

    // Act
    const attempt = newStore().saveConfig(save(1));

    // Assess
    await expect(attempt).rejects.toBeInstanceOf(VersionConflictError);
    await expect(attempt).rejects.toMatchObject({ expected: 1, actual: 2 });
  });

  it('tries again when only a concurrent transaction got in the way', async () => {
    storedAt(1);
    ddb.on(TransactWriteCommand).rejectsOnce(cancelled('TransactionConflict', 'None')).resolves({});

    const result = await newStore().saveConfig(save(1));

    expect(result.version).toBe(2);
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(2);
  });

  it.each([
    { name: 'ThrottlingException', transient: true },
    { name: 'ValidationException', transient: false },
  ])(
    'passes $name on as StoreFailureError (transient: $transient) with the cause',
    async ({ name, transient }) => {
      const sdkError = Object.assign(new Error('boom'), { name });
      storedAt(1);
      ddb.on(TransactWriteCommand).rejects(sdkError);

      const attempt = newStore().saveConfig(save(1));

      await expect(attempt).rejects.toBeInstanceOf(StoreFailureError);
      await expect(attempt).rejects.toMatchObject({ code: 'store_failure', transient, cause: sdkError });
    },
  );

  it('refuses a configuration bigger than the limit before writing', async () => {
    ddb.on(GetCommand).resolves({});

    const attempt = newStore({ maxItemBytes: 1000 }).saveConfig(save(undefined));

    await expect(attempt).rejects.toBeInstanceOf(ConfigTooLargeError);
    await expect(attempt).rejects.toMatchObject({ code: 'config_too_large', limitBytes: 1000 });
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
  });

  it('refuses a configuration of another tenant', async () => {
    await expect(newStore().saveConfig(save(undefined, { tenantId: 'boai' }))).rejects.toBeInstanceOf(
      TenantMismatchError,
    );
    expect(ddb.calls()).toHaveLength(0);
  });

  it('summarises the changes when there are too many for one audit entry', async () => {
    storedAt(1);
    ddb.on(TransactWriteCommand).resolves({});
    const edited = structuredClone(config);
    edited.tenant.name = { zh: '新区', en: 'New District' };

    await newStore({ maxAuditChanges: 1 }).saveConfig(save(1, { config: edited }));

    const item = ddb.commandCalls(TransactWriteCommand)[0]?.args[0].input.TransactItems?.[1]?.Put?.Item;
    expect(item?.changes).toEqual([
      { op: 'replace', path: '/tenant/name', oldValue: config.tenant.name, newValue: edited.tenant.name },
    ]);
  });
});

describe('DynamoConfigStore.getConfig and its cache', () => {
  const configReads = () => ddb.commandCalls(GetCommand).filter((c) => c.args[0].input.Key?.sk === 'CONFIG');
  const headReads = () =>
    ddb.commandCalls(GetCommand).filter((c) => c.args[0].input.Key?.sk === 'CONFIG#HEAD');

  it('reads the head every time and the whole configuration only while it does not hold that version', async () => {
    storedAt(3);
    const store = newStore();

    const first = await store.getConfig('zibo');
    const second = await store.getConfig('zibo');

    expect(second).toBe(first);
    expect(second?.version).toBe(3);
    expect(headReads()).toHaveLength(2);
    expect(headReads()[0]?.args[0].input.ConsistentRead).toBe(true);
    expect(configReads()).toHaveLength(1);
  });

  it('reads the configuration again as soon as the head names another version', async () => {
    ddb
      .on(GetCommand, HEAD)
      .resolvesOnce({ Item: { version: 3 } })
      .resolves({ Item: { version: 4 } });
    ddb.on(GetCommand, CONFIG).resolvesOnce(stored(3)).resolves(stored(4));
    const store = newStore();

    await store.getConfig('zibo');
    const after = await store.getConfig('zibo');

    expect(after?.version).toBe(4);
    expect(configReads()).toHaveLength(2);
  });

  it('keeps at most `cacheTenants` tenants, dropping the least recently used', async () => {
    const at = (tenantId: string) => ({ Key: { pk: `TENANT#${tenantId}`, sk: 'CONFIG' } });
    for (const id of ['zibo', 'boai', 'chengde-gxq']) {
      ddb
        .on(GetCommand, { Key: { pk: `TENANT#${id}`, sk: 'CONFIG#HEAD' } })
        .resolves({ Item: { version: 1 } });
      ddb.on(GetCommand, at(id)).resolves({
        Item: configItem({ ...save(undefined), tenantId: id, config: tenantConfigFixture(id) }, 1),
      });
    }
    const store = newStore({ cacheTenants: 2 });

    for (const id of ['zibo', 'boai', 'zibo', 'chengde-gxq', 'zibo', 'boai']) await store.getConfig(id);

    const full = ddb
      .commandCalls(GetCommand)
      .filter((c) => c.args[0].input.Key?.sk === 'CONFIG')
      .map((c) => c.args[0].input.Key?.pk);
    // boai was the least recently used when chengde-gxq came in, so it is read again at the end.
    expect(full).toEqual(['TENANT#zibo', 'TENANT#boai', 'TENANT#chengde-gxq', 'TENANT#boai']);
  });

  it('does not cache a tenant stored before heads existed, and answers it all the same', async () => {
    ddb.on(GetCommand, HEAD).resolves({});
    ddb.on(GetCommand, CONFIG).resolves(stored(2));
    const store = newStore();

    await store.getConfig('zibo');
    const again = await store.getConfig('zibo');

    expect(again?.version).toBe(2);
    expect(configReads()).toHaveLength(2);
  });

  it('answers no tenant when neither head nor configuration exists', async () => {
    ddb.on(GetCommand).resolves({});

    await expect(newStore().getConfig('zibo')).resolves.toBeUndefined();
  });

  it('with the cache off reads only the configuration', async () => {
    storedAt(2);
    const store = newStore({ cacheTenants: 0 });

    await store.getConfig('zibo');
    await store.getConfig('zibo');

    expect(headReads()).toHaveLength(0);
    expect(configReads()).toHaveLength(2);
  });
});

describe('DynamoConfigStore reads', () => {
  it('refuses a stored configuration that no longer matches the schema', async () => {
    ddb.on(GetCommand, HEAD).resolves({ Item: { version: 1 } });
    ddb.on(GetCommand, CONFIG).resolves({ Item: { ...stored(1).Item, config: { tenant: {} } } });

    await expect(newStore().getConfig('zibo')).rejects.toBeInstanceOf(StoredItemInvalidError);
  });

  it('reads every page of the tenant directory', async () => {
    const page = (id: string) => ({ config: { tenant: tenantConfigFixture(id).tenant } });
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [page('boai')], LastEvaluatedKey: { pk: 'TENANT#boai' } })
      .resolvesOnce({ Items: [page('zibo')] });

    const tenants = await newStore().listTenants();

    expect(tenants.map((t) => t.id)).toEqual(['boai', 'zibo']);
    expect(ddb.commandCalls(QueryCommand)[1]?.args[0].input.ExclusiveStartKey).toEqual({ pk: 'TENANT#boai' });
  });

  it('reads audit pages until the limit is met, asking each time only for what is missing', async () => {
    const entry = (version: number) => ({
      tenantId: 'zibo',
      version,
      at: '2026-03-05T09:00:00+08:00',
      actor: 'admin-wang',
      action: 'PUT config',
      changes: [],
    });
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [entry(5)], LastEvaluatedKey: { sk: 'CONFIG#V#0000000005' } })
      .resolvesOnce({ Items: [entry(4), entry(3)], LastEvaluatedKey: { sk: 'CONFIG#V#0000000003' } });

    const entries = await newStore().listAudit('zibo', { limit: 3, before: 6 });

    expect(entries.map((e) => e.version)).toEqual([5, 4, 3]);
    expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input.Limit)).toEqual([3, 2]);
  });

  it.each([
    { limit: 0, sent: 1 },
    { limit: 1000, sent: 100 },
  ])('keeps an audit page of $limit within 1 to 100', async ({ limit, sent }) => {
    ddb.on(QueryCommand).resolves({ Items: [] });

    await newStore().listAudit('zibo', { limit });

    expect(ddb.commandCalls(QueryCommand)[0]?.args[0].input.Limit).toBe(sent);
  });

  it('passes an SDK failure on with the cause', async () => {
    const sdkError = Object.assign(new Error('down'), { name: 'InternalServerError' });
    ddb.on(GetCommand).rejects(sdkError);

    await expect(newStore().getConfig('zibo')).rejects.toMatchObject({
      name: 'StoreFailureError',
      transient: true,
      cause: sdkError,
    });
  });
});
