import { describe, expect, it } from 'vitest';
import { bookingFixture, noticeSnapshotFixture } from '../testing/booking-fixture.js';
import { createBookingParams } from './create-booking-params.js';

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

function params(expectedVersion: number, placeLimit = 4, overrides: Partial<typeof booking> = {}) {
  return createBookingParams('t', {
    booking: { ...booking, ...overrides },
    personId,
    notice: noticeSnapshotFixture(),
    placeLimit,
    idempotency: { key: 'key-0001', requestHash: 'hash' },
    ledger: { personId, expectedVersion, entries: [entry] },
    now,
  });
}

const items = (p: ReturnType<typeof params>) => p.params.TransactItems ?? [];

describe('createBookingParams', () => {
  it('names each item’s role in the order the cancellation reasons are read by', () => {
    const p = params(0);
    expect(items(p).map((i) => `${i.Update?.Key?.pk ?? i.Put?.Item?.pk} ${i.Update?.Key?.sk ?? ''}`)).toEqual(
      [
        'TENANT#zibo#BOOKING#K7QXM4RTD ',
        'TENANT#zibo#IDEMPOTENCY#key-0001 ',
        `TENANT#zibo#PERSON#${personId} `,
        'TENANT#zibo#OUTBOX#booking.K7QXM4RTD.v1 ',
        ...['09:30', '09:35', '09:40', '09:45', '09:50', '09:55'].map(
          (t) => `TENANT#zibo#CAP#city-center#2026-10-05 b02#${t}`,
        ),
        'TENANT#zibo#CAP#city-center#2026-10-05 GUARD#b02',
      ],
    );
    expect(p.roles).toEqual(['booking', 'idempotency', 'ledger', 'event', ...Array(6).fill('place'), 'rota']);
  });

  it.each([
    [undefined, 0],
    [7, 7],
  ])(
    'moves the window’s places guard on only while no rota after version %s took its places',
    (rotaVersion, rv) => {
      const p = createBookingParams('t', {
        booking,
        personId,
        notice: noticeSnapshotFixture(),
        placeLimit: 1,
        idempotency: { key: 'key-0001', requestHash: 'hash' },
        ledger: { personId, expectedVersion: 0, entries: [entry] },
        now,
        ...(rotaVersion === undefined ? {} : { rotaVersion }),
      });
      expect(p.params.TransactItems?.at(-1)?.Update).toMatchObject({
        UpdateExpression: expect.stringContaining('#seq = if_not_exists(#seq, :zero) + :one'),
        ConditionExpression: 'attribute_not_exists(#pv) OR #pv <= :rv',
        ExpressionAttributeValues: { ':rv': rv },
      });
    },
  );

  it('writes the booking.created event in the same transaction, ids only, once per event id', () => {
    const put = items(params(0))[3]?.Put;
    expect(put).toMatchObject({
      ConditionExpression: 'attribute_not_exists(pk)',
      Item: {
        entity: 'OutboxEvent',
        gsi1pk: 'TENANT#zibo#OUTBOX#PENDING',
        event: { type: 'booking.created', tenantId: 'zibo', subject: { kind: 'booking', id: booking.code } },
      },
    });
    const text = JSON.stringify(put?.Item);
    expect(text).not.toContain(booking.applicant.phone);
    expect(text).not.toContain(booking.applicant.name);
  });

  it('takes a place in every bucket of the assigned window, each only below its limit', () => {
    for (const item of items(params(0, 4)).slice(4, -1)) {
      expect(item.Update).toMatchObject({
        ConditionExpression: 'attribute_not_exists(#taken) OR #taken < :limit',
        ExpressionAttributeValues: { ':limit': 4, ':zero': 0, ':one': 1, ':windowId': 'b02' },
      });
      expect(item.Update?.UpdateExpression).toContain('#taken = if_not_exists(#taken, :zero) + :one');
    }
  });

  it('fits the longest slot (240 minutes: 48 buckets) and refuses a transaction DynamoDB would', () => {
    const long = params(0, 1, { start: '2026-10-05T09:00:00+08:00', end: '2026-10-05T13:00:00+08:00' });
    expect(items(long)).toHaveLength(53);
    expect(() =>
      params(0, 1, { start: '2026-10-05T09:00:00+08:00', end: '2026-10-05T18:00:00+08:00' }),
    ).toThrow(/at most 100 items/);
  });

  it('writes the booking only under a free code, with version 1, its notice and its day-ledger keys', () => {
    const put = items(params(0))[0]?.Put;
    expect(put?.ConditionExpression).toBe('attribute_not_exists(pk)');
    expect(put?.Item).toMatchObject({
      entity: 'Booking',
      version: 1,
      personId,
      windowId: 'b02',
      notice: noticeSnapshotFixture(),
      gsi1pk: 'TENANT#zibo#BOOKINGS#city-center#2026-10-05',
      gsi1sk: '09:30#K7QXM4RTD',
      applicant: booking.applicant,
    });
  });

  it('binds the key unless a live record holds it, for 24 hours', () => {
    const put = items(params(0))[1]?.Put;
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
    const put = items(params(expectedVersion))[2]?.Put;
    expect(put?.ConditionExpression).toBe(condition);
    expect(put?.ExpressionAttributeValues).toEqual(values);
    expect(put?.Item).toMatchObject({ version: expectedVersion + 1, entries: [entry] });
    // The ledger outlives its last booking by a day.
    expect(put?.Item?.expiresAt).toBe(Date.parse(booking.end) / 1000 + 86_400);
  });
});
