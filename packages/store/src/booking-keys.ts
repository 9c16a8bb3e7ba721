/**
 * Key builders of the booking items. Like every key of the table they lead with the tenant, and
 * no key holds a phone number: a person is named by a keyed hash of the phone.
 */
import { parseShanghaiIso } from '@openhall/domain';
import { keyPart, type TableKey, tenantPk } from './keys.js';

/** Sort key of a booking item (the partition is the booking). */
export const BOOKING_SK = 'BOOKING';

/** Sort key of an idempotency record. */
export const IDEMPOTENCY_SK = 'IDEMPOTENCY';

/** Sort key of a person's ledger of active bookings. */
export const LEDGER_SK = 'LEDGER';

/** A slot of one matter in one hall: its Shanghai date and `HH:MM` come from the ISO start. */
export interface SlotRef {
  hallId: string;
  matterId: string;
  start: string;
}

/**
 * Partition of one matter's slot counters on one day: availability reads it with one Query.
 * @example slotCountersPk('zibo', 'zibo-center', 'food-business-licence', '2026-10-05')
 * // 'TENANT#zibo#SLOTS#zibo-center#food-business-licence#2026-10-05'
 */
export function slotCountersPk(tenantId: string, hallId: string, matterId: string, date: string): string {
  return `${tenantPk(tenantId)}#SLOTS#${keyPart(hallId, 'hall id')}#${keyPart(matterId, 'matter id')}#${keyPart(date, 'date')}`;
}

/** Key of the counter of one slot; the sort key is the start as `HH:MM`, so counters sort by time. */
export function slotCounterKey(tenantId: string, slot: SlotRef): TableKey {
  const { date, time } = parseShanghaiIso(slot.start);
  return { pk: slotCountersPk(tenantId, slot.hallId, slot.matterId, date), sk: time };
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
