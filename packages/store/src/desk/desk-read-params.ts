import type { BatchGetCommandInput, QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { bookingKey } from '../booking/booking-keys.js';
import type { TableKey } from '../table/keys.js';

/** One Query of one index partition (a queue, a desk day, a window day), in sort-key order. */
export function indexPartitionParams(
  tableName: string,
  pk: string,
  startKey?: Record<string, unknown>,
): QueryCommandInput {
  return {
    TableName: tableName,
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': 'pk', '#code': 'code' },
    ExpressionAttributeValues: { ':pk': pk },
    ProjectionExpression: '#code',
    ConsistentRead: true,
    ...(startKey ? { ExclusiveStartKey: startKey } : {}),
  };
}

/** The bookings an index names (at most 100 keys, DynamoDB's ceiling for one BatchGetItem). */
export function bookingsBatchParams(tableName: string, keys: readonly TableKey[]): BatchGetCommandInput {
  if (keys.length > 100) throw new RangeError(`one BatchGetItem reads at most 100 keys, not ${keys.length}`);
  return { RequestItems: { [tableName]: { Keys: [...keys], ConsistentRead: true } } };
}

export function bookingKeysOf(tenantId: string, codes: readonly string[]): TableKey[] {
  return [...new Set(codes)].map((code) => bookingKey(tenantId, code));
}
