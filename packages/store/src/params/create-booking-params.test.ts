import { describe, expect, it } from 'vitest';
import { bookingFixture } from '../testing/booking-fixture.js';
import { CREATE_BOOKING_ITEMS, createBookingParams } from './create-booking-params.js';

const now = new Date('2026-09-30T02:00:00Z');
const personId = 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6';
const booking = bookingFixture();
const entry = {
  code: booking.code,
  matterId: booking.matterId,
  hallId: booking.hallId,
  date: '2026-10-05',
  end: booking.end,
};

function params(expectedVersion: number, slotLimit = 4) {
  return createBookingParams('t', {
    booking,
    personId,
    slotLimit,
    idempotency: { key: 'key-0001', requestHash: 'hash' },
    ledger: { personId, expectedVersion, entries: [entry] },
    now,
  });
}

describe('createBookingParams', () => {
  it('holds the items in the order the cancellation reasons are read by', () => {
    const items = params(0).TransactItems ?? [];
    expect(items.map((i) => i.Update?.Key?.pk ?? i.Put?.Item?.pk)).toEqual([
      'TENANT#zibo#SLOTS#city-center#company-registration#2026-10-05',
      'TENANT#zibo#BOOKING#K7QXM4RTD',
      'TENANT#zibo#IDEMPOTENCY#key-0001',
      `TENANT#zibo#PERSON#${personId}`,
    ]);
    expect(CREATE_BOOKING_ITEMS).toEqual(['slot', 'booking', 'idempotency', 'ledger']);
  });

  it('takes a place only below the limit, counting a missing counter as zero', () => {
    const slot = params(0, 4).TransactItems?.[0]?.Update;
    expect(slot).toMatchObject({
      Key: { sk: '09:30' },
      ConditionExpression: 'attribute_not_exists(#taken) OR #taken < :limit',
      ExpressionAttributeValues: { ':limit': 4, ':zero': 0, ':one': 1 },
    });
    expect(slot?.UpdateExpression).toContain('#taken = if_not_exists(#taken, :zero) + :one');
  });

  it('writes the booking only under a free code, with version 1 and its day-ledger keys', () => {
    const put = params(0).TransactItems?.[1]?.Put;
    expect(put?.ConditionExpression).toBe('attribute_not_exists(pk)');
    expect(put?.Item).toMatchObject({
      entity: 'Booking',
      version: 1,
      personId,
      gsi1pk: 'TENANT#zibo#BOOKINGS#city-center#2026-10-05',
      gsi1sk: '09:30#K7QXM4RTD',
      applicant: booking.applicant,
    });
  });

  it('binds the key unless a live record holds it, for 24 hours', () => {
    const put = params(0).TransactItems?.[2]?.Put;
    const nowSeconds = now.getTime() / 1000;
    expect(put).toMatchObject({
      Item: { key: 'key-0001', requestHash: 'hash', code: booking.code, expiresAt: nowSeconds + 86_400 },
      ConditionExpression: 'attribute_not_exists(pk) OR #expiresAt < :now',
      ExpressionAttributeValues: { ':now': nowSeconds },
    });
  });

  it.each([
    { expectedVersion: 0, condition: 'attribute_not_exists(pk)', values: undefined },
    { expectedVersion: 3, condition: '#version = :expected', values: { ':expected': 3 } },
  ])('moves the ledger on from version $expectedVersion only', ({ expectedVersion, condition, values }) => {
    const put = params(expectedVersion).TransactItems?.[3]?.Put;
    expect(put?.ConditionExpression).toBe(condition);
    expect(put?.ExpressionAttributeValues).toEqual(values);
    expect(put?.Item).toMatchObject({ version: expectedVersion + 1, entries: [entry] });
    // The ledger outlives its last booking by a day.
    expect(put?.Item?.expiresAt).toBe(Date.parse(booking.end) / 1000 + 86_400);
  });
});
