import type { GetCommandInput, QueryCommandInput, TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { CareKind, CareWrite, DomainEvent } from '@openhall/domain';
import { outboxPut } from '../outbox/outbox-item.js';
import { GSI1 } from '../table/table-definition.js';
import { versionCondition } from '../table/versioned-write.js';
import { careKey, careListKeys, careListPk } from './care-keys.js';

export function getCareParams(
  tableName: string,
  tenantId: string,
  kind: CareKind,
  id: string,
): GetCommandInput {
  return { TableName: tableName, Key: careKey(tenantId, kind, id), ConsistentRead: true };
}

/** The item of a care record after a write: its record, the next version and its list keys. */
export function careItem(tenantId: string, w: CareWrite): Record<string, unknown> {
  return {
    ...careKey(tenantId, w.kind, w.id),
    entity: 'CareRecord',
    tenantId,
    kind: w.kind,
    id: w.id,
    version: (w.expectedVersion ?? 0) + 1,
    record: w.record,
    ...(w.list ? careListKeys(tenantId, w.list, w.id) : {}),
  };
}

/**
 * One transaction: every record put under its version condition, and the events' outbox items. A
 * write without a list drops the record's list keys (the Put replaces the whole item).
 */
export function commitCareParams(
  tableName: string,
  tenantId: string,
  writes: readonly CareWrite[],
  events: readonly DomainEvent[],
): TransactWriteCommandInput {
  return {
    TransactItems: [
      ...writes.map((w) => ({
        Put: { TableName: tableName, Item: careItem(tenantId, w), ...versionCondition(w.expectedVersion) },
      })),
      ...events.map((e) => outboxPut(tableName, e)),
    ],
  };
}

/** One Query on a list's partition, up to `before` (excluded) when given, in sort order. */
export function listCareParams(
  tableName: string,
  tenantId: string,
  name: string,
  options: { before?: string; limit?: number },
  startKey?: Record<string, unknown>,
): QueryCommandInput {
  return {
    TableName: tableName,
    IndexName: GSI1,
    KeyConditionExpression:
      options.before === undefined ? 'gsi1pk = :pk' : 'gsi1pk = :pk AND gsi1sk < :before',
    ExpressionAttributeValues: {
      ':pk': careListPk(tenantId, name),
      ...(options.before === undefined ? {} : { ':before': options.before }),
    },
    ...(options.limit === undefined ? {} : { Limit: options.limit }),
    ...(startKey ? { ExclusiveStartKey: startKey } : {}),
  };
}
