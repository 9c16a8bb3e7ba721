import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { newEvent } from '@openhall/domain';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../table/dynamo-client.js';
import { outboxItem } from './outbox-item.js';
import {
  addProvinces,
  cachedProvinceLookup,
  provinceOfTenantParams,
  UNASSIGNED_PROVINCE,
} from './outbox-province.js';
import { eventOfStreamRecord } from './outbox-stream-record.js';

const ddb = mockClient(DynamoDBDocumentClient);
afterEach(() => ddb.reset());

const TABLE = 'openhall-test';
/** The membership items the table holds: Zibo and Zaozhuang in Shandong, Chengde in Hebei. */
const memberships: Record<string, string> = { zibo: 'shandong', zaozhuang: 'shandong', chengde: 'hebei' };

function answerFromTable() {
  ddb.on(GetCommand).callsFake((input: { Key: { pk: string; sk: string } }) => {
    const tenantId = input.Key.pk.replace(/^TENANT#/, '');
    const province = input.Key.sk === 'PROVINCE' ? memberships[tenantId] : undefined;
    return { Item: province ? { province } : undefined };
  });
}

/** The stream record of an outbox INSERT, as the Pipe hands it to the enrichment (with the Pipe's own fields). */
function streamRecord(tenantId: string, n: number) {
  const event = newEvent({
    type: 'day.closed',
    eventId: `day.2026-11-${String(n).padStart(2, '0')}.closed`,
    tenantId,
    at: new Date(`2026-11-${String(n).padStart(2, '0')}T15:30:00Z`),
    actor: 'system',
    subjectId: `2026-11-${String(n).padStart(2, '0')}`,
    data: { date: `2026-11-${String(n).padStart(2, '0')}` },
  });
  return {
    eventID: `record-${tenantId}-${n}`,
    eventName: 'INSERT',
    eventSource: 'aws:dynamodb',
    dynamodb: { NewImage: marshall(outboxItem(event), { removeUndefinedValues: true }) },
  };
}

const getCalls = () => ddb.commandCalls(GetCommand).map((c) => c.args[0].input);

describe('the province enrichment of the outbox Pipe', () => {
  it('adds each tenant’s province beside its records, with one read per tenant for the batch', async () => {
    answerFromTable();
    const batch = [
      streamRecord('zibo', 1),
      streamRecord('chengde', 2),
      streamRecord('zibo', 3),
      streamRecord('zaozhuang', 4),
      streamRecord('chengde', 5),
      streamRecord('zibo', 6),
    ];
    const lookup = cachedProvinceLookup({ client: createDocumentClient(), tableName: TABLE });
    const out = await addProvinces(batch, lookup);

    expect(out.map((r) => r.province)).toEqual([
      'shandong',
      'hebei',
      'shandong',
      'shandong',
      'hebei',
      'shandong',
    ]);
    const reads = getCalls();
    expect(reads.map((r) => r.Key?.pk).sort()).toEqual(['TENANT#chengde', 'TENANT#zaozhuang', 'TENANT#zibo']);
    // The membership item's province only: no other attribute is read.
    for (const read of reads) {
      expect(read).toEqual(provinceOfTenantParams(TABLE, String(read.Key?.pk).slice('TENANT#'.length)));
      expect(read.ProjectionExpression).toBe('#province');
      expect(read.ExpressionAttributeNames).toEqual({ '#province': 'province' });
    }
  });

  it('adds nothing but `province`: the record, its item and its event are as the stream gave them', async () => {
    answerFromTable();
    const batch = [streamRecord('zibo', 7), streamRecord('chengde', 8)];
    const before = structuredClone(batch);
    const out = await addProvinces(
      batch,
      cachedProvinceLookup({ client: createDocumentClient(), tableName: TABLE }),
    );
    expect(batch).toEqual(before);
    out.forEach((record, i) => {
      const { province, ...rest } = record;
      expect(typeof province).toBe('string');
      expect(rest).toEqual(before[i]);
      expect(Object.keys(record).sort()).toEqual([...Object.keys(before[i]!), 'province'].sort());
      // The consumers read the same event from the enriched record.
      expect(eventOfStreamRecord(record)).toEqual(eventOfStreamRecord(before[i]!));
    });
  });

  it('marks a record of a tenant with no province (or with no tenant at all) `unassigned`, and adds nothing else', async () => {
    answerFromTable();
    const unknown = streamRecord('boai-unconfigured', 9);
    const noTenant = { eventName: 'INSERT', dynamodb: { NewImage: marshall({ pk: 'X', sk: 'Y' }) } };
    const out = await addProvinces(
      [unknown, streamRecord('zibo', 10), noTenant],
      cachedProvinceLookup({ client: createDocumentClient(), tableName: TABLE }),
    );
    expect(out[0]).toEqual({ ...unknown, province: UNASSIGNED_PROVINCE });
    expect(out[1]!.province).toBe('shandong');
    expect(out[2]).toEqual({ ...noTenant, province: 'unassigned' });
    expect(
      getCalls()
        .map((r) => r.Key?.pk)
        .sort(),
    ).toEqual(['TENANT#boai-unconfigured', 'TENANT#zibo']);
  });

  it('ignores a stored province that is not one of the provinces', async () => {
    ddb.on(GetCommand).resolves({ Item: { province: '<script>' } });
    const out = await addProvinces(
      [streamRecord('zibo', 11)],
      cachedProvinceLookup({ client: createDocumentClient(), tableName: TABLE }),
    );
    expect(out[0]!.province).toBe('unassigned');
  });

  it('keeps what it read for the time to live, then reads again; an unknown tenant is cached too', async () => {
    answerFromTable();
    let clock = 1_000_000;
    const lookup = cachedProvinceLookup({
      client: createDocumentClient(),
      tableName: TABLE,
      ttlMs: 60_000,
      now: () => clock,
    });
    await addProvinces([streamRecord('zibo', 12), streamRecord('nowhere', 13)], lookup);
    await addProvinces([streamRecord('zibo', 14), streamRecord('nowhere', 15)], lookup);
    expect(getCalls()).toHaveLength(2);

    // The district moves province: seen once the cached answer is older than the time to live.
    memberships.zibo = 'henan';
    clock += 59_999;
    expect((await addProvinces([streamRecord('zibo', 16)], lookup))[0]!.province).toBe('shandong');
    clock += 1;
    expect((await addProvinces([streamRecord('zibo', 17)], lookup))[0]!.province).toBe('henan');
    expect(getCalls()).toHaveLength(3);
    memberships.zibo = 'shandong';
  });

  it('fails when the table cannot answer, and caches nothing of the failure', async () => {
    ddb
      .on(GetCommand)
      .rejectsOnce(new Error('throttled'))
      .callsFake(() => ({ Item: { province: 'hebei' } }));
    const lookup = cachedProvinceLookup({ client: createDocumentClient(), tableName: TABLE });
    await expect(addProvinces([streamRecord('chengde', 18)], lookup)).rejects.toThrow(/province/);
    expect((await addProvinces([streamRecord('chengde', 19)], lookup))[0]!.province).toBe('hebei');
  });
});
