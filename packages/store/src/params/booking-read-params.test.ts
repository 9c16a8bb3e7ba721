import { describe, expect, it } from 'vitest';
import { hallDayBookingsParams, queryPlaceCountersParams } from './booking-read-params.js';
import { rateCounterParams } from './rate-counter-params.js';
import { writeContextKeys, writeContextParams } from './write-context-params.js';

describe('queryPlaceCountersParams', () => {
  it('reads one hall-day partition, strongly consistent, from the first window’s bucket to the last’s', () => {
    expect(
      queryPlaceCountersParams('t', 'zibo', {
        hallId: 'zibo-center',
        date: '2026-10-05',
        windowIds: ['b03', 'b02'],
        from: '09:30',
        to: '09:55',
      }),
    ).toEqual({
      TableName: 't',
      KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :low AND :high',
      ProjectionExpression: '#sk, #taken',
      ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk', '#taken': 'taken' },
      ExpressionAttributeValues: {
        ':pk': 'TENANT#zibo#CAP#zibo-center#2026-10-05',
        ':low': 'b02#09:30',
        ':high': 'b03#09:55',
      },
      ConsistentRead: true,
    });
  });

  it('reads the whole day of the windows when no bucket range is given, and goes on from a page', () => {
    const params = queryPlaceCountersParams(
      't',
      'zibo',
      { hallId: 'h', date: '2026-10-05', windowIds: ['b02'] },
      { pk: 'x', sk: 'y' },
    );
    expect(params.ExpressionAttributeValues).toMatchObject({ ':low': 'b02#00:00', ':high': 'b02#23:55' });
    expect(params.ExclusiveStartKey).toEqual({ pk: 'x', sk: 'y' });
  });

  it('reads every window of the hall-day when none is named', () => {
    const params = queryPlaceCountersParams('t', 'zibo', { hallId: 'h', date: '2026-10-05' });
    expect(params.KeyConditionExpression).toBe('#pk = :pk');
    expect(params.ExpressionAttributeValues).toEqual({ ':pk': 'TENANT#zibo#CAP#h#2026-10-05' });
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
  it('asks for the ledger and the idempotency record in one consistent batch', () => {
    const keys = writeContextKeys('zibo', { personId: 'p1', idempotencyKey: 'key-0001' });
    expect(writeContextParams('t', [keys.ledger, keys.idempotency!])).toEqual({
      RequestItems: {
        t: {
          Keys: [
            { pk: 'TENANT#zibo#PERSON#p1', sk: 'LEDGER' },
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
