import type { PlaceBucket } from '@openhall/domain';
import type { TransactItem } from '../table/transact-item.js';
import { placeCounterKey } from './booking-keys.js';
import { epochSeconds } from './idempotency-item.js';

/** Counters stay a month after their day (for a look back), then time to live removes them. */
const COUNTER_KEEP_DAYS = 31;

/** When the counters of a day may be removed. */
export function placeCounterExpiresAt(date: string): number {
  return epochSeconds(Date.parse(`${date}T00:00:00+08:00`)) + COUNTER_KEEP_DAYS * 86_400;
}

/**
 * Takes one place in one window's bucket unless `limit` places are taken already. The limit is
 * what the asking channel may fill at that window, computed from the current configuration and
 * passed in, so a change of staff or holdback applies at once without rewriting counters. A missing
 * counter is zero (so a limit below 1 must be refused before writing).
 */
export function takePlaceUpdate(
  tableName: string,
  tenantId: string,
  bucket: PlaceBucket,
  limit: number,
): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: placeCounterKey(tenantId, bucket),
      UpdateExpression:
        'SET #taken = if_not_exists(#taken, :zero) + :one, #entity = :entity, #hallId = :hallId, ' +
        '#windowId = :windowId, #date = :date, #time = :time, #expiresAt = :expiresAt',
      ConditionExpression: 'attribute_not_exists(#taken) OR #taken < :limit',
      ExpressionAttributeNames: {
        '#taken': 'taken',
        '#entity': 'entity',
        '#hallId': 'hallId',
        '#windowId': 'windowId',
        '#date': 'date',
        '#time': 'time',
        '#expiresAt': 'expiresAt',
      },
      ExpressionAttributeValues: {
        ':zero': 0,
        ':one': 1,
        ':limit': limit,
        ':entity': 'PlaceCounter',
        ':hallId': bucket.hallId,
        ':windowId': bucket.windowId,
        ':date': bucket.date,
        ':time': bucket.time,
        ':expiresAt': placeCounterExpiresAt(bucket.date),
      },
    },
  };
}

/**
 * Gives one place back. The condition keeps a counter from going below zero: with every change in a
 * transaction it never would, so a failure here means the data was edited by hand.
 */
export function releasePlaceUpdate(tableName: string, tenantId: string, bucket: PlaceBucket): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: placeCounterKey(tenantId, bucket),
      UpdateExpression: 'SET #taken = #taken - :one',
      ConditionExpression: '#taken >= :one',
      ExpressionAttributeNames: { '#taken': 'taken' },
      ExpressionAttributeValues: { ':one': 1 },
    },
  };
}
