import type { GetCommandInput, QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { PlacesQuery } from '@openhall/domain';
import {
  bookingKey,
  hallDayBookingsPk,
  idempotencyKey,
  personLedgerKey,
  placeCounterRange,
  placeCountersPk,
} from '../booking-keys.js';
import { GSI1 } from '../table-definition.js';

/** A booking by its code; strongly consistent, since a change reads and then writes on its version. */
export function getBookingParams(tableName: string, tenantId: string, code: string): GetCommandInput {
  return { TableName: tableName, Key: bookingKey(tenantId, code), ConsistentRead: true };
}

export function getLedgerParams(tableName: string, tenantId: string, personId: string): GetCommandInput {
  return { TableName: tableName, Key: personLedgerKey(tenantId, personId), ConsistentRead: true };
}

export function getIdempotencyParams(tableName: string, tenantId: string, key: string): GetCommandInput {
  return { TableName: tableName, Key: idempotencyKey(tenantId, key), ConsistentRead: true };
}

/**
 * The place counters of some windows of one hall-day (every window when none is named), optionally
 * only some buckets: a single partition, one Query. The sort-key range runs from the first window's first bucket to the last
 * window's last, so it may bring other windows' counters along (the reader keeps what it asked
 * for). A whole day of one window is at most 288 small items, far below the 1 MB page; the caller
 * still follows `LastEvaluatedKey`. Strongly consistent, so a citizen sees their own booking at once.
 */
export function queryPlaceCountersParams(
  tableName: string,
  tenantId: string,
  query: PlacesQuery,
  exclusiveStartKey?: Record<string, unknown>,
): QueryCommandInput {
  const pk = placeCountersPk(tenantId, query.hallId, query.date);
  const range = query.windowIds && placeCounterRange(query.windowIds, query.from, query.to);
  return {
    TableName: tableName,
    KeyConditionExpression: range ? '#pk = :pk AND #sk BETWEEN :low AND :high' : '#pk = :pk',
    ProjectionExpression: '#sk, #taken',
    ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk', '#taken': 'taken' },
    ExpressionAttributeValues: range ? { ':pk': pk, ':low': range.low, ':high': range.high } : { ':pk': pk },
    ConsistentRead: true,
    ...(exclusiveStartKey ? { ExclusiveStartKey: exclusiveStartKey } : {}),
  };
}

/** A hall's bookings of one day from `gsi1`, in start order (eventually consistent, as any GSI). */
export function hallDayBookingsParams(
  tableName: string,
  tenantId: string,
  hallId: string,
  date: string,
  exclusiveStartKey?: Record<string, unknown>,
): QueryCommandInput {
  return {
    TableName: tableName,
    IndexName: GSI1,
    KeyConditionExpression: '#gsi1pk = :pk',
    ExpressionAttributeNames: { '#gsi1pk': 'gsi1pk' },
    ExpressionAttributeValues: { ':pk': hallDayBookingsPk(tenantId, hallId, date) },
    ...(exclusiveStartKey ? { ExclusiveStartKey: exclusiveStartKey } : {}),
  };
}
