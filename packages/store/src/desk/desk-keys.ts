/**
 * Index items of the desk's flow, beside the bookings in the single table; tenant first like every
 * key. Each holds a booking code only: the lists read one narrow partition, then the bookings.
 */
import { type Booking, parseShanghaiIso } from '@openhall/domain';
import { keyPart, type TableKey, tenantPk } from '../table/keys.js';

/** Partition of the requests waiting for dispatch (派单); an entry leaves when its request is dispatched. */
export function dispatchQueuePk(tenantId: string): string {
  return `${tenantPk(tenantId)}#DISPATCHQUEUE`;
}

/** Partition of the requests the desk recorded on one day (the desk console's "today"). */
export function deskDayPk(tenantId: string, date: string): string {
  return `${tenantPk(tenantId)}#DESKDAY#${keyPart(date, 'date')}`;
}

/** Partition of the bookings dispatched to one window starting on one day. */
export function windowDayPk(tenantId: string, windowId: string, date: string): string {
  return `${tenantPk(tenantId)}#WINDOWDAY#${keyPart(windowId, 'window id')}#${keyPart(date, 'date')}`;
}

/** Sort key by the moment recorded, then code: a queue and a desk day read in the order recorded. */
function recordedSk(booking: Pick<Booking, 'code' | 'registration' | 'createdAt'>): string {
  return `${booking.registration?.recordedAt ?? booking.createdAt}#${keyPart(booking.code, 'booking code')}`;
}

export function dispatchQueueKey(
  booking: Pick<Booking, 'tenantId' | 'code' | 'registration' | 'createdAt'>,
): TableKey {
  return { pk: dispatchQueuePk(booking.tenantId), sk: recordedSk(booking) };
}

export function deskDayKey(
  booking: Pick<Booking, 'tenantId' | 'code' | 'registration' | 'createdAt'>,
): TableKey {
  const recordedAt = booking.registration?.recordedAt ?? booking.createdAt;
  return { pk: deskDayPk(booking.tenantId, parseShanghaiIso(recordedAt).date), sk: recordedSk(booking) };
}

/** Key of a booking's entry in one window's day, ordered by start time then code. */
export function windowDayKey(
  booking: Pick<Booking, 'tenantId' | 'code' | 'start'>,
  windowId: string,
): TableKey {
  const { date, time } = parseShanghaiIso(booking.start);
  return {
    pk: windowDayPk(booking.tenantId, windowId, date),
    sk: `${time}#${keyPart(booking.code, 'booking code')}`,
  };
}
