import { parseShanghaiIso } from '@openhall/domain';
import { type SlotRef, slotCounterKey } from '../booking-keys.js';
import { epochSeconds } from '../idempotency-item.js';
import type { TransactItem } from './transact-item.js';

/** Counters stay a month after their day (for a look back), then time to live removes them. */
const COUNTER_KEEP_DAYS = 31;

/** When a slot's counter may be removed. */
export function slotCounterExpiresAt(start: string): number {
  const { date } = parseShanghaiIso(start);
  return epochSeconds(Date.parse(`${date}T00:00:00+08:00`)) + COUNTER_KEEP_DAYS * 86_400;
}

/**
 * Takes one place in a slot unless `limit` places are taken already. The limit is the capacity the
 * asking channel may fill, computed from the current configuration and passed in, so a change of
 * windows or holdback applies at once without rewriting counters. A missing counter is zero.
 */
export function takePlaceUpdate(
  tableName: string,
  tenantId: string,
  slot: SlotRef,
  limit: number,
): TransactItem {
  const { date, time } = parseShanghaiIso(slot.start);
  return {
    Update: {
      TableName: tableName,
      Key: slotCounterKey(tenantId, slot),
      UpdateExpression:
        'SET #taken = if_not_exists(#taken, :zero) + :one, #entity = :entity, #hallId = :hallId, ' +
        '#matterId = :matterId, #date = :date, #time = :time, #expiresAt = :expiresAt',
      ConditionExpression: 'attribute_not_exists(#taken) OR #taken < :limit',
      ExpressionAttributeNames: {
        '#taken': 'taken',
        '#entity': 'entity',
        '#hallId': 'hallId',
        '#matterId': 'matterId',
        '#date': 'date',
        '#time': 'time',
        '#expiresAt': 'expiresAt',
      },
      ExpressionAttributeValues: {
        ':zero': 0,
        ':one': 1,
        ':limit': limit,
        ':entity': 'SlotCounter',
        ':hallId': slot.hallId,
        ':matterId': slot.matterId,
        ':date': date,
        ':time': time,
        ':expiresAt': slotCounterExpiresAt(slot.start),
      },
    },
  };
}

/**
 * Gives one place back. The condition keeps a counter from going below zero: with every change in a
 * transaction it never would, so a failure here means the data was edited by hand.
 */
export function releasePlaceUpdate(tableName: string, tenantId: string, slot: SlotRef): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: slotCounterKey(tenantId, slot),
      UpdateExpression: 'SET #taken = #taken - :one',
      ConditionExpression: '#taken >= :one',
      ExpressionAttributeNames: { '#taken': 'taken' },
      ExpressionAttributeValues: { ':one': 1 },
    },
  };
}
