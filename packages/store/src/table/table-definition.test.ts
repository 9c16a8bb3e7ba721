import { describe, expect, it } from 'vitest';
import { configItem } from '../config/config-item.js';
import { tenantConfigFixture } from '../testing/tenant-config-fixture.js';
import { createTableInput, GSI1, tableDefinition } from './table-definition.js';

describe('createTableInput', () => {
  const input = createTableInput('openhall-test');

  it('builds the table from the shared definition', () => {
    expect(input).toMatchObject({
      TableName: 'openhall-test',
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: GSI1,
          KeySchema: [
            { AttributeName: 'gsi1pk', KeyType: 'HASH' },
            { AttributeName: 'gsi1sk', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    });
  });

  it('defines each key attribute once, as a string', () => {
    expect(input.AttributeDefinitions).toEqual(
      ['pk', 'sk', 'gsi1pk', 'gsi1sk'].map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
    );
  });

  it('defines every key attribute the store writes on a CONFIG item', () => {
    const item = configItem(
      {
        tenantId: 'zibo',
        config: tenantConfigFixture('zibo'),
        expectedVersion: undefined,
        actor: 'admin-wang',
        action: 'create',
        at: '2026-03-05T09:00:00+08:00',
      },
      1,
    );
    for (const attribute of input.AttributeDefinitions ?? []) {
      expect(typeof item[attribute.AttributeName as keyof typeof item]).toBe('string');
    }
  });

  it('names the index the same in the definition and in the constant queries use', () => {
    expect(tableDefinition.globalSecondaryIndexes.map((i) => i.indexName)).toContain(GSI1);
  });
});
