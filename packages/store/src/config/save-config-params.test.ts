import { describe, expect, it } from 'vitest';
import { tenantConfigFixture } from '../testing/tenant-config-fixture.js';
import { configChangedEvent } from './config-changed-event.js';
import { configItem } from './config-item.js';
import { configHeadItem, configVersionItem } from './config-version-item.js';
import { saveConfigParams } from './save-config-params.js';

const input = {
  tenantId: 'zibo',
  config: tenantConfigFixture('zibo'),
  actor: 'admin-wang',
  action: 'PUT config',
  at: '2026-03-05T09:00:00+08:00',
};

describe('saveConfigParams', () => {
  it('creates a tenant only where no CONFIG item exists', () => {
    const params = saveConfigParams('t', {
      config: configItem({ ...input, expectedVersion: undefined }, 1),
      version: configVersionItem({ ...input, expectedVersion: undefined }, 1, [{ op: 'add', path: '' }]),
      head: configHeadItem('zibo', 1),
      expectedVersion: undefined,
      event: configChangedEvent(input, 1, [{ path: '' }]),
    });

    expect(params.TransactItems).toHaveLength(5);
    // The district joins its province's list (gsi1 `PROVINCE#{province}`) with every save.
    expect(params.TransactItems?.[3]?.Put?.Item).toMatchObject({
      pk: 'TENANT#zibo',
      sk: 'PROVINCE',
      gsi1pk: `PROVINCE#${input.config.tenant.province}`,
      gsi1sk: 'zibo',
    });
    expect(params.TransactItems?.[4]?.Put?.Item).toMatchObject({
      entity: 'OutboxEvent',
      event: {
        type: 'config.changed',
        eventId: 'config.zibo.v1',
        actor: 'admin-wang',
        data: { configVersion: 1 },
      },
    });
    expect(params.TransactItems?.[0]?.Put).toMatchObject({
      TableName: 't',
      Item: { pk: 'TENANT#zibo', sk: 'CONFIG', version: 1, gsi1pk: 'TENANTS', gsi1sk: 'zibo' },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
    expect(params.TransactItems?.[0]?.Put?.ExpressionAttributeValues).toBeUndefined();
  });

  it('moves the CONFIG item forward only from the version read, and writes each version once', () => {
    const params = saveConfigParams('t', {
      config: configItem({ ...input, expectedVersion: 4 }, 5),
      version: configVersionItem({ ...input, expectedVersion: 4 }, 5, []),
      head: configHeadItem('zibo', 5),
      expectedVersion: 4,
      event: configChangedEvent(input, 5, []),
    });
    expect(params.TransactItems?.[2]?.Put).toEqual({
      TableName: 't',
      Item: { pk: 'TENANT#zibo', sk: 'CONFIG#HEAD', entity: 'ConfigHead', tenantId: 'zibo', version: 5 },
    });

    expect(params.TransactItems?.[0]?.Put).toMatchObject({
      Item: { sk: 'CONFIG', version: 5, config: input.config, updatedBy: 'admin-wang' },
      ConditionExpression: '#version = :expected',
      ExpressionAttributeNames: { '#version': 'version' },
      ExpressionAttributeValues: { ':expected': 4 },
    });
    expect(params.TransactItems?.[1]?.Put).toMatchObject({
      TableName: 't',
      Item: {
        pk: 'TENANT#zibo',
        sk: 'CONFIG#V#0000000005',
        version: 5,
        actor: 'admin-wang',
        action: 'PUT config',
        at: input.at,
        config: input.config,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });

  it('keeps the version item out of the tenant directory', () => {
    const version = configVersionItem({ ...input, expectedVersion: 1 }, 2, []);
    expect(version).not.toHaveProperty('gsi1pk');
    expect(version).not.toHaveProperty('gsi1sk');
  });
});
