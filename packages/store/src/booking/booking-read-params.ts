import type { GetCommandInput, QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { LocalDate, LocalTime, PlacesQuery } from '@openhall/domain';
import { GSI1 } from '../table/table-definition.js';
import {
  bookingKey,
  hallDayBookingsPk,
  idempotencyKey,
  personLedgerKey,
  placeCounterRange,
  placeCountersPk,
} from './booking-keys.js';

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
 * What one Query of place counters reads: the buckets `from`..`to` (both included, the whole day
 * when left out) of one window of a hall-day, or, with no window, every counter of the hall-day.
 */
export interface PlaceCounterRead {
  hallId: string;
  date: LocalDate;
  windowId?: string;
  from?: LocalTime;
  to?: LocalTime;
}

/**
 * The Queries that answer a places question: one per window named (each once), over only that
 * window's buckets, which sit together in the sort key with nothing else between them; so what is
 * read is what the decision needs, however full the rest of the hall-day is. No window named reads
 * the whole hall-day in one Query (every window's counters, as a check of them all needs); an
 * empty list of windows reads nothing.
 */
export function placeCounterReads(query: PlacesQuery): PlaceCounterRead[] {
  const { hallId, date, windowIds, from, to } = query;
  if (windowIds === undefined) return [{ hallId, date }];
  const range = { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
  return [...new Set(windowIds)].map((windowId) => ({ hallId, date, windowId, ...range }));
}

/**
 * One Query of place counters: a single partition, strongly consistent (so a citizen sees their
 * own booking at once), projected to what the reader uses. A window's whole day is at most 288
 * small items, far below the 1 MB page; the caller still follows `LastEvaluatedKey`.
 */
export function queryPlaceCountersParams(
  tableName: string,
  tenantId: string,
  read: PlaceCounterRead,
  exclusiveStartKey?: Record<string, unknown>,
): QueryCommandInput {
  const pk = placeCountersPk(tenantId, read.hallId, read.date);
  const range =
    read.windowId === undefined ? undefined : placeCounterRange(read.windowId, read.from, read.to);
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
