import { placeCountersPk } from '../booking/booking-keys.js';
import { placeCounterExpiresAt } from '../booking/place-counter-updates.js';
import type { TableKey } from '../table/keys.js';
import { keyPart } from '../table/keys.js';
import type { TransactItem } from '../table/transact-item.js';

/**
 * Key of a window's places guard on a hall-day, beside its place counters: `GUARD#{windowId}`
 * (upper case sorts before every window id, and the item has no `taken`, so counter reads skip it).
 * It holds `seq` (bookings that took places at the window that day) and `placesVersion` (the rota
 * version that last took places from it).
 */
export function placesGuardKey(tenantId: string, hallId: string, date: string, windowId: string): TableKey {
  return { pk: placeCountersPk(tenantId, hallId, date), sk: `GUARD#${keyPart(windowId, 'window id')}` };
}

/**
 * The booking side of the race with a rota change: the booking moves the window's sequence on, only
 * if no rota saved after the version it read its places from took places from that window.
 */
export function bookingGuardUpdate(
  tableName: string,
  tenantId: string,
  place: { hallId: string; date: string; windowId: string },
  rotaVersion: number,
): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: placesGuardKey(tenantId, place.hallId, place.date, place.windowId),
      UpdateExpression:
        'SET #seq = if_not_exists(#seq, :zero) + :one, #entity = :entity, #expiresAt = :expiresAt',
      ConditionExpression: 'attribute_not_exists(#pv) OR #pv <= :rv',
      ExpressionAttributeNames: {
        '#seq': 'seq',
        '#pv': 'placesVersion',
        '#entity': 'entity',
        '#expiresAt': 'expiresAt',
      },
      ExpressionAttributeValues: {
        ':zero': 0,
        ':one': 1,
        ':rv': rotaVersion,
        ':entity': 'PlacesGuard',
        ':expiresAt': placeCounterExpiresAt(place.date),
      },
    },
  };
}

/**
 * The rota side: a save that takes places from a window stamps its version there, only if no
 * booking took a place at the window since the save read the sequence (`seq`, 0 for none).
 */
export function rotaGuardUpdate(
  tableName: string,
  tenantId: string,
  place: { hallId: string; date: string; windowId: string },
  guard: { seq: number; rotaVersion: number },
): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: placesGuardKey(tenantId, place.hallId, place.date, place.windowId),
      UpdateExpression: 'SET #pv = :rv, #entity = :entity, #expiresAt = :expiresAt',
      ConditionExpression: guard.seq === 0 ? 'attribute_not_exists(#seq) OR #seq = :seq' : '#seq = :seq',
      ExpressionAttributeNames: {
        '#seq': 'seq',
        '#pv': 'placesVersion',
        '#entity': 'entity',
        '#expiresAt': 'expiresAt',
      },
      ExpressionAttributeValues: {
        ':seq': guard.seq,
        ':rv': guard.rotaVersion,
        ':entity': 'PlacesGuard',
        ':expiresAt': placeCounterExpiresAt(place.date),
      },
    },
  };
}

/** One strongly consistent Query of a hall-day's guards (`GUARD#` prefix of its counters' partition). */
export function placesGuardsParams(
  tableName: string,
  tenantId: string,
  hallId: string,
  date: string,
  startKey?: Record<string, unknown>,
) {
  return {
    TableName: tableName,
    KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
    ProjectionExpression: '#sk, #seq',
    ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk', '#seq': 'seq' },
    ExpressionAttributeValues: { ':pk': placeCountersPk(tenantId, hallId, date), ':prefix': 'GUARD#' },
    ConsistentRead: true,
    ...(startKey ? { ExclusiveStartKey: startKey } : {}),
  };
}
