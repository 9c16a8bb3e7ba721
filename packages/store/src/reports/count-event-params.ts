import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { type Counts, DIMENSIONS, type DomainEvent, type EventCounts } from '@openhall/domain';
import type { TransactItem } from '../table/transact-item.js';
import {
  COUNTED_MARKER_DAYS,
  countedMarkerKey,
  REPORT_SHARDS,
  reportKey,
  shardOf,
  shardsOf,
} from './report-keys.js';

/** One `ADD` of every non-zero counter, with the item's tenant and kind set for whoever reads it. */
function addUpdate(
  tableName: string,
  key: { pk: string; sk: string },
  tenantId: string,
  counts: Counts,
): TransactItem {
  const names: Record<string, string> = { '#tenantId': 'tenantId', '#entity': 'entity' };
  const values: Record<string, unknown> = { ':tenantId': tenantId, ':entity': 'ReportCounter' };
  const adds: string[] = [];
  Object.entries(counts).forEach(([name, value], i) => {
    if (!value) return;
    names[`#c${i}`] = name;
    values[`:c${i}`] = value;
    adds.push(`#c${i} :c${i}`);
  });
  return {
    Update: {
      TableName: tableName,
      Key: key,
      UpdateExpression: `SET #tenantId = :tenantId, #entity = :entity ADD ${adds.join(', ')}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}

/**
 * One transaction per event: the marker that it was counted (written only if absent, so a
 * redelivery fails the condition and the whole transaction adds nothing), then `ADD` to the
 * district's day, month and year items and to each dimension's day and month items, on the
 * event's shard (see `shardsOf`). At most 1 + 3 + 2×4 = 12 items, under the 100 a transaction takes.
 */
export function countEventParams(
  tableName: string,
  event: DomainEvent,
  counted: EventCounts,
  shards = REPORT_SHARDS,
): TransactWriteCommandInput {
  const { tenantId } = event;
  const shard = shardOf(event.eventId, shards);
  const day = counted.date;
  const month = day.slice(0, 7);
  const year = day.slice(0, 4);
  const items: TransactItem[] = [
    {
      Put: {
        TableName: tableName,
        Item: {
          ...countedMarkerKey(tenantId, event.eventId),
          entity: 'ReportCounted',
          tenantId,
          type: event.type,
          expiresAt: Math.floor(Date.parse(event.occurredAt) / 1000) + COUNTED_MARKER_DAYS * 86_400,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    addUpdate(tableName, reportKey(tenantId, 'all', shard, 'day', day), tenantId, counted.counts),
    addUpdate(tableName, reportKey(tenantId, 'all', shard, 'month', month), tenantId, counted.counts),
    addUpdate(tableName, reportKey(tenantId, 'all', shard, 'year', year), tenantId, counted.counts),
  ];
  for (const dimension of DIMENSIONS) {
    const id = counted.dims[dimension];
    if (id === undefined) continue;
    const own = shardOf(event.eventId, shardsOf(dimension, shards));
    items.push(
      addUpdate(tableName, reportKey(tenantId, dimension, own, 'day', day, id), tenantId, counted.counts),
      addUpdate(tableName, reportKey(tenantId, dimension, own, 'month', month, id), tenantId, counted.counts),
    );
  }
  return { TransactItems: items };
}
