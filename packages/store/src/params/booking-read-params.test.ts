import { describe, expect, it } from 'vitest';
import { hallDayBookingsParams, querySlotCountersParams } from './booking-read-params.js';
import { rateCounterParams } from './rate-counter-params.js';
import { writeContextKeys, writeContextParams } from './write-context-params.js';

describe('querySlotCountersParams', () => {
  it('reads one partition, strongly consistent, only the time and the count', () => {
    expect(
      querySlotCountersParams('t', 'zibo', {
        hallId: 'zibo-center',
        matterId: 'food-licence',
        date: '2026-10-05',
      }),
    ).toEqual({
      TableName: 't',
      KeyConditionExpression: '#pk = :pk',
      ProjectionExpression: '#sk, #taken',
      ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk', '#taken': 'taken' },
      ExpressionAttributeValues: { ':pk': 'TENANT#zibo#SLOTS#zibo-center#food-licence#2026-10-05' },
      ConsistentRead: true,
    });
  });
});

describe('hallDayBookingsParams', () => {
  it('queries the day ledger partition of gsi1', () => {
    expect(hallDayBookingsParams('t', 'zibo', 'zibo-center', '2026-10-05')).toMatchObject({
      IndexName: 'gsi1',
      ExpressionAttributeValues: { ':pk': 'TENANT#zibo#BOOKINGS#zibo-center#2026-10-05' },
    });
  });
});

describe('writeContextParams', () => {
  it('asks for the ledger, the slot counter and the idempotency record in one consistent batch', () => {
    const keys = writeContextKeys('zibo', {
      personId: 'p1',
      slot: { hallId: 'h1', matterId: 'm1', start: '2026-10-05T09:30:00+08:00' },
      idempotencyKey: 'key-0001',
    });
    expect(writeContextParams('t', [keys.ledger, keys.slot, keys.idempotency!])).toEqual({
      RequestItems: {
        t: {
          Keys: [
            { pk: 'TENANT#zibo#PERSON#p1', sk: 'LEDGER' },
            { pk: 'TENANT#zibo#SLOTS#h1#m1#2026-10-05', sk: '09:30' },
            { pk: 'TENANT#zibo#IDEMPOTENCY#key-0001', sk: 'IDEMPOTENCY' },
          ],
          ConsistentRead: true,
        },
      },
    });
  });
});

describe('rateCounterParams', () => {
  it('counts a request only below the limit, and expires the counter after its minute', () => {
    const params = rateCounterParams('t', {
      tenantId: 'zibo',
      clientKey: 'c0ffee',
      minute: '2026-10-05T09:31',
      minuteEndsAt: 1_790_000_000,
      limit: 20,
    });
    expect(params).toMatchObject({
      Key: { pk: 'TENANT#zibo#RATE#c0ffee', sk: '2026-10-05T09:31' },
      ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
      ExpressionAttributeValues: { ':limit': 20, ':expiresAt': 1_790_000_120 },
    });
  });
});
