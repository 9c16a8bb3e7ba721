import type { Booking } from '@openhall/domain';
import type { TransactItem } from '../table/transact-item.js';
import { deskDayKey, dispatchQueueKey, windowDayKey } from './desk-keys.js';

/** The entries a new booking gets: a desk or phone request joins its desk day and the dispatch queue. */
export function newRequestIndexPuts(tableName: string, booking: Booking): TransactItem[] {
  if (!booking.registration) return [];
  const entry = { tenantId: booking.tenantId, code: booking.code };
  return [
    { Put: { TableName: tableName, Item: { ...deskDayKey(booking), entity: 'DeskDayEntry', ...entry } } },
    ...(booking.handling?.state === 'new'
      ? [
          {
            Put: {
              TableName: tableName,
              Item: { ...dispatchQueueKey(booking), entity: 'DispatchQueueEntry', ...entry },
            },
          },
        ]
      : []),
  ];
}

/** The entries listing a dispatched booking under its lead and cooperating windows on its day. */
export function windowDayPuts(tableName: string, booking: Booking): TransactItem[] {
  const h = booking.handling;
  if (!h?.leadWindowId) return [];
  return [h.leadWindowId, ...h.cooperatingWindowIds].map((windowId) => ({
    Put: {
      TableName: tableName,
      Item: {
        ...windowDayKey(booking, windowId),
        entity: 'WindowDayEntry',
        tenantId: booking.tenantId,
        code: booking.code,
        windowId,
      },
    },
  }));
}
