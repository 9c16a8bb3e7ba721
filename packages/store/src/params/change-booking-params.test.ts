import { describe, expect, it } from 'vitest';
import { storedBookingFixture } from '../testing/booking-fixture.js';
import { CANCEL_BOOKING_ITEMS, cancelBookingParams } from './cancel-booking-params.js';
import { RESCHEDULE_BOOKING_ITEMS, rescheduleBookingParams } from './reschedule-booking-params.js';

const now = new Date('2026-09-30T02:00:00Z');
const before = storedBookingFixture({}, 2);
const ledger = { personId: before.personId, expectedVersion: 5, entries: [] };
const moved = { ...before.booking, start: '2026-10-06T14:00:00+08:00', end: '2026-10-06T14:30:00+08:00' };

describe('rescheduleBookingParams', () => {
  const items =
    rescheduleBookingParams('t', { before, after: moved, slotLimit: 3, ledger, now }).TransactItems ?? [];

  it('gives the old place back and takes the new one in the same transaction', () => {
    expect(RESCHEDULE_BOOKING_ITEMS).toEqual(['releasedSlot', 'takenSlot', 'booking', 'ledger']);
    expect(items[0]?.Update).toMatchObject({
      Key: { pk: 'TENANT#zibo#SLOTS#city-center#company-registration#2026-10-05', sk: '09:30' },
      UpdateExpression: 'SET #taken = #taken - :one',
      ConditionExpression: '#taken >= :one',
    });
    expect(items[1]?.Update).toMatchObject({
      Key: { pk: 'TENANT#zibo#SLOTS#city-center#company-registration#2026-10-06', sk: '14:00' },
      ExpressionAttributeValues: { ':limit': 3 },
    });
  });

  it('rewrites the booking over the version read, only while booked, and moves it in the day ledger', () => {
    expect(items[2]?.Put).toMatchObject({
      Item: { version: 3, start: moved.start, gsi1pk: 'TENANT#zibo#BOOKINGS#city-center#2026-10-06' },
      ConditionExpression: '#version = :expected AND #status = :booked',
      ExpressionAttributeValues: { ':expected': 2, ':booked': 'booked' },
    });
    expect(items[3]?.Put).toMatchObject({
      ConditionExpression: '#version = :expected',
      Item: { version: 6 },
    });
  });

  it('refuses a move to the same start (one transaction cannot touch an item twice)', () => {
    expect(() =>
      rescheduleBookingParams('t', { before, after: before.booking, slotLimit: 3, ledger, now }),
    ).toThrow(RangeError);
  });
});

describe('cancelBookingParams', () => {
  it('gives the place back and marks the booking cancelled over the version read', () => {
    const after = { ...before.booking, status: 'cancelled' as const };
    const items = cancelBookingParams('t', { before, after, ledger, now }).TransactItems ?? [];
    expect(CANCEL_BOOKING_ITEMS).toEqual(['releasedSlot', 'booking', 'ledger']);
    expect(items[0]?.Update?.UpdateExpression).toBe('SET #taken = #taken - :one');
    expect(items[1]?.Put).toMatchObject({
      Item: { status: 'cancelled', version: 3 },
      ConditionExpression: '#version = :expected AND #status = :booked',
    });
    expect(items[2]?.Put?.Item).toMatchObject({ entries: [], version: 6 });
  });
});
