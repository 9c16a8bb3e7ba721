import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { seedTenants } from '@openhall/local';
import {
  addProvinces,
  cachedProvinceLookup,
  DynamoConfigStore,
  provinceOfTenantParams,
  UNASSIGNED_PROVINCE,
} from '@openhall/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FreshTable, freshTable } from '../support/fresh-table.js';

/*
 * The outbox Pipe's enrichment against the table the configuration writes: each seeded district's
 * events carry the province its configuration names, read from the province membership item the
 * configuration save keeps; a district never configured is `unassigned`.
 */

let table: FreshTable;
let store: DynamoConfigStore;
let tenants: string[];

beforeAll(async () => {
  table = await freshTable('province-enrichment');
  store = new DynamoConfigStore(table.client, table.tableName);
  tenants = await seedTenants(store, new Date('2026-11-30T01:00:00Z'));
});
afterAll(() => table?.drop());

/** An outbox INSERT's stream record as the Pipe hands it over (the image's fields that matter here). */
const record = (tenantId: string, eventId: string) => ({
  eventName: 'INSERT',
  dynamodb: {
    NewImage: {
      pk: { S: `TENANT#${tenantId}#OUTBOX#${eventId}` },
      sk: { S: 'EVENT' },
      entity: { S: 'OutboxEvent' },
      tenantId: { S: tenantId },
    },
  },
});

describe('the province enrichment on DynamoDB Local', () => {
  it('gives every seeded district’s events the province of its configuration, and an unknown one `unassigned`', async () => {
    expect(tenants.length).toBeGreaterThan(1);
    const batch = [...tenants, 'never-configured', ...tenants].map((t, i) => record(t, `e${i}`));
    const out = await addProvinces(
      batch,
      cachedProvinceLookup({ client: table.client, tableName: table.tableName }),
    );
    const expected = new Map<string, string>();
    for (const tenantId of tenants) {
      const stored = await store.getConfig(tenantId);
      expected.set(tenantId, stored!.config.tenant.province);
    }
    expect(out.map((r) => r.province)).toEqual(
      batch.map((r) => expected.get(r.dynamodb.NewImage.tenantId.S) ?? UNASSIGNED_PROVINCE),
    );
    expect(new Set(out.map((r) => r.province)).size).toBeGreaterThan(2);
  });

  it('reads the province attribute alone from the membership item', async () => {
    const out = await table.client.send(new GetCommand(provinceOfTenantParams(table.tableName, tenants[0]!)));
    expect(Object.keys(out.Item ?? {})).toEqual(['province']);
  });
});
