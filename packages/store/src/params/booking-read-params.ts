import type { GetCommandInput, QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import {
  bookingKey,
  hallDayBookingsPk,
  idempotencyKey,
  personLedgerKey,
  type SlotRef,
  slotCounterKey,
  slotCountersPk,
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

/** One slot's counter, strongly consistent: to tell "full" from "busy" after a conflict. */
export function getSlotCounterParams(tableName: string, tenantId: string, slot: SlotRef): GetCommandInput {
  return {
    TableName: tableName,
    Key: slotCounterKey(tenantId, slot),
    ConsistentRead: true,
    ProjectionExpression: '#taken',
    ExpressionAttributeNames: { '#taken': 'taken' },
  };
}

/**
 * Every slot counter of one matter in one hall on one day: a single partition, so one Query. A day
 * holds at most 288 five-minute slots of a few bytes each, far below the 1 MB page, so it never
 * pages. Strongly consistent, so a citizen sees their own booking counted at once.
 */
export function querySlotCountersParams(
  tableName: string,
  tenantId: string,
  slot: { hallId: string; matterId: string; date: string },
): QueryCommandInput {
  return {
    TableName: tableName,
    KeyConditionExpression: '#pk = :pk',
    ProjectionExpression: '#sk, #taken',
    ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk', '#taken': 'taken' },
    ExpressionAttributeValues: { ':pk': slotCountersPk(tenantId, slot.hallId, slot.matterId, slot.date) },
    ConsistentRead: true,
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
