import { type DomainEvent, eventCounts, planPeriod } from '@openhall/domain';
import { describe, expect, it } from 'vitest';
import { countEventParams } from './count-event-params.js';
import { readRangeParams } from './read-report-params.js';
import { REPORT_SHARDS, shardOf } from './report-keys.js';

const event: DomainEvent = {
  eventId: 'evt-12345678',
  type: 'service-record.completed',
  version: 1,
  tenantId: 'zibo',
  occurredAt: '2026-12-31T23:50:00+08:00',
  actor: 'zibo-b02-a',
  subject: { kind: 'service-record', id: 'r-1' },
  data: { hallId: 'main', windowId: 'b02', departmentId: 'tax', matterId: 'm-1', outcome: 'completed' },
};

describe('countEventParams', () => {
  it('writes the marker once and adds to day, month and year, and to each dimension by day and month', () => {
    const counted = eventCounts(event)!;
    const params = countEventParams('t', event, counted);
    const items = params.TransactItems ?? [];
    expect(items).toHaveLength(1 + 3 + 2 * 4);
    expect(items[0]?.Put).toMatchObject({
      Item: { pk: 'TENANT#zibo#RPTSEEN#evt-12345678', sk: 'COUNTED' },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
    const shard = shardOf(event.eventId);
    const keys = items.slice(1).map((i) => `${i.Update?.Key?.pk} ${i.Update?.Key?.sk}`);
    expect(keys).toEqual([
      `TENANT#zibo#RPT#ALL#${shard} D#2026-12-31`,
      `TENANT#zibo#RPT#ALL#${shard} M#2026-12`,
      `TENANT#zibo#RPT#ALL#${shard} Y#2026`,
      `TENANT#zibo#RPT#HALL#${shard} D#2026-12-31#main`,
      `TENANT#zibo#RPT#HALL#${shard} M#2026-12#main`,
      'TENANT#zibo#RPT#MATTER#0 D#2026-12-31#m-1',
      'TENANT#zibo#RPT#MATTER#0 M#2026-12#m-1',
      'TENANT#zibo#RPT#DEPT#0 D#2026-12-31#tax',
      'TENANT#zibo#RPT#DEPT#0 M#2026-12#tax',
      'TENANT#zibo#RPT#WIN#0 D#2026-12-31#b02',
      'TENANT#zibo#RPT#WIN#0 M#2026-12#b02',
    ]);
    expect(items[1]?.Update?.UpdateExpression).toBe(
      'SET #tenantId = :tenantId, #entity = :entity ADD #c0 :c0',
    );
    expect(items[1]?.Update?.ExpressionAttributeNames?.['#c0']).toBe('completed');
  });

  it('spreads events over every shard', () => {
    const used = new Set(Array.from({ length: 200 }, (_, i) => shardOf(`evt-${i}`)));
    expect(used.size).toBe(REPORT_SHARDS);
  });
});

describe('readRangeParams', () => {
  it("reads a run of the district's items, or every id of a dimension's, as one key range", () => {
    const [range] = planPeriod('2026-03-05', '2026-03-19');
    expect(readRangeParams('t', 'zibo', 'all', 2, range!).ExpressionAttributeValues).toEqual({
      ':pk': 'TENANT#zibo#RPT#ALL#2',
      ':low': 'D#2026-03-05',
      ':high': 'D#2026-03-19',
    });
    expect(readRangeParams('t', 'zibo', 'window', 0, range!).ExpressionAttributeValues?.[':high']).toBe(
      'D#2026-03-19#~',
    );
  });
});
