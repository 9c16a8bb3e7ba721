import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '@openhall/store';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { createOutboxEnrichment } from './create-outbox-enrichment.js';

const ddb = mockClient(DynamoDBDocumentClient);
afterEach(() => ddb.reset());

const record = (tenantId: string, id: string) => ({
  eventID: id,
  eventName: 'INSERT',
  dynamodb: {
    NewImage: {
      pk: { S: `TENANT#${tenantId}#OUTBOX#${id}` },
      sk: { S: 'EVENT' },
      entity: { S: 'OutboxEvent' },
      tenantId: { S: tenantId },
    },
  },
});

describe('createOutboxEnrichment', () => {
  it('returns the batch with each tenant’s province, one read per tenant', async () => {
    ddb.on(GetCommand).callsFake((input: { Key: { pk: string } }) => ({
      Item: input.Key.pk === 'TENANT#zibo' ? { province: 'shandong' } : undefined,
    }));
    const enrich = createOutboxEnrichment({ client: createDocumentClient(), tableName: 't' });
    const out = await enrich([record('zibo', 'a'), record('boai', 'b'), record('zibo', 'c')]);
    expect(out.map((r) => r.province)).toEqual(['shandong', 'unassigned', 'shandong']);
    expect(ddb.commandCalls(GetCommand)).toHaveLength(2);
  });

  it('lets the batch through as unassigned when the table fails, logged by tenant id and counted', async () => {
    ddb.on(GetCommand).rejects(new Error('AccessDenied'));
    const warnings: unknown[] = [];
    const counts: [string, number | undefined][] = [];
    const enrich = createOutboxEnrichment({
      client: createDocumentClient(),
      tableName: 't',
      log: { info: () => {}, error: () => {}, warn: (message, facts) => warnings.push({ message, facts }) },
      metrics: { count: (name, value) => counts.push([name, value]) },
    });
    const batch = [record('zibo', 'a'), record('chengde', 'b')];
    const out = await enrich(batch);
    expect(out).toEqual(batch.map((r) => ({ ...r, province: 'unassigned' })));
    expect(counts).toEqual([['ArchiveProvinceMissed', 2]]);
    expect(JSON.stringify(warnings)).toContain('zibo,chengde');
  });
});
