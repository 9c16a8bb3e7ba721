/**
 * Key builders of the booking items. Like every key of the table they lead with the tenant, and
 * no key holds a phone number: a person is named by a keyed hash of the phone.
 */
import { type PlaceBucket, parseShanghaiIso } from '@openhall/domain';
import { keyPart, type TableKey, tenantPk } from '../table/keys.js';

/** Sort key of a booking item (the partition is the booking). */
export const BOOKING_SK = 'BOOKING';

/** Sort key of an idempotency record. */
export const IDEMPOTENCY_SK = 'IDEMPOTENCY';

/** Sort key of a person's ledger of active bookings. */
export const LEDGER_SK = 'LEDGER';

/**
 * Partition of the place counters of one hall-day: every window's 5-minute buckets, window first in
 * the sort key, so one window's buckets over a slot or a day are one narrow Query range, and a
 * booking of any matter at a window counts against the same items.
 * @example placeCountersPk('zaozhuang-gxq', 'zaozhuang-gxq-hall', '2026-11-24')
 * // 'TENANT#zaozhuang-gxq#CAP#zaozhuang-gxq-hall#2026-11-24'
 */
export function placeCountersPk(tenantId: string, hallId: string, date: string): string {
  return `${tenantPk(tenantId)}#CAP#${keyPart(hallId, 'hall id')}#${keyPart(date, 'date')}`;
}

/** Sort key of one window's bucket: window first, so one window's day is one contiguous range. */
export function placeCounterSk(windowId: string, time: string): string {
  return `${keyPart(windowId, 'window id')}#${keyPart(time, 'bucket time')}`;
}

/** Key of the counter of one window's 5-minute bucket on a hall-day. */
export function placeCounterKey(tenantId: string, bucket: PlaceBucket): TableKey {
  return {
    pk: placeCountersPk(tenantId, bucket.hallId, bucket.date),
    sk: placeCounterSk(bucket.windowId, bucket.time),
  };
}

/**
 * The sort-key range (both ends included) of one window's buckets `from`..`to`. Window ids are slugs,
 * whose characters all sort after `#`, so the range holds that window's counters and nothing else:
 * not another window's, even one whose id begins with this one's (`b11-a#10:00` sorts after `b11#23:55`).
 * @example placeCounterRange('b02', '10:00', '10:25') // { low: 'b02#10:00', high: 'b02#10:25' }
 */
export function placeCounterRange(
  windowId: string,
  from = '00:00',
  to = '23:55',
): { low: string; high: string } {
  if (from > to) throw new RangeError(`no bucket from ${from} to ${to}`);
  return { low: placeCounterSk(windowId, from), high: placeCounterSk(windowId, to) };
}

/** Key of a booking, found by its 预约码. */
export function bookingKey(tenantId: string, code: string): TableKey {
  return { pk: `${tenantPk(tenantId)}#BOOKING#${keyPart(code, 'booking code')}`, sk: BOOKING_SK };
}

/** `gsi1` partition of a hall's bookings of one day (the 预约台账 ledger). */
export function hallDayBookingsPk(tenantId: string, hallId: string, date: string): string {
  return `${tenantPk(tenantId)}#BOOKINGS#${keyPart(hallId, 'hall id')}#${keyPart(date, 'date')}`;
}

/** `gsi1` keys that list a booking in its hall's day ledger, ordered by start time then code. */
export function hallDayBookingKeys(
  tenantId: string,
  booking: { hallId: string; start: string; code: string },
): { gsi1pk: string; gsi1sk: string } {
  const { date, time } = parseShanghaiIso(booking.start);
  return {
    gsi1pk: hallDayBookingsPk(tenantId, booking.hallId, date),
    gsi1sk: `${time}#${keyPart(booking.code, 'booking code')}`,
  };
}

/** Key of the record binding an Idempotency-Key to the booking it made. */
export function idempotencyKey(tenantId: string, key: string): TableKey {
  return { pk: `${tenantPk(tenantId)}#IDEMPOTENCY#${keyPart(key, 'idempotency key')}`, sk: IDEMPOTENCY_SK };
}

/** Key of a person's ledger; `personId` is the keyed hash of the phone. */
export function personLedgerKey(tenantId: string, personId: string): TableKey {
  return { pk: `${tenantPk(tenantId)}#PERSON#${keyPart(personId, 'person id')}`, sk: LEDGER_SK };
}

/** Key of one client's request counter in one minute (`YYYY-MM-DDTHH:MM`, Shanghai). */
export function rateCounterKey(tenantId: string, clientKey: string, minute: string): TableKey {
  return {
    pk: `${tenantPk(tenantId)}#RATE#${keyPart(clientKey, 'client key')}`,
    sk: keyPart(minute, 'minute'),
  };
}
