import { describe, expect, it } from 'vitest';
import { rateCounterParams } from '../rate-limit/rate-counter-params.js';
import { hallDayBookingsParams, placeCounterReads, queryPlaceCountersParams } from './booking-read-params.js';
import { writeContextKeys, writeContextParams } from './write-context-params.js';

describe('placeCounterReads', () => {
  it('reads each window named once, over only the buckets asked for', () => {
    expect(
      placeCounterReads({
        hallId: 'zibo-center',
        date: '2026-10-05',
        windowIds: ['b03', 'b02', 'b03'],
        from: '09:30',
        to: '09:55',
      }),
    ).toEqual([
      { hallId: 'zibo-center', date: '2026-10-05', windowId: 'b03', from: '09:30', to: '09:55' },
      { hallId: 'zibo-center', date: '2026-10-05', windowId: 'b02', from: '09:30', to: '09:55' },
    ]);
  });

  it('reads a window’s whole day when no bucket is named', () => {
    expect(placeCounterReads({ hallId: 'h', date: '2026-10-05', windowIds: ['b02'] })).toEqual([
      { hallId: 'h', date: '2026-10-05', windowId: 'b02' },
    ]);
  });

  it('reads nothing for no window, and the whole hall-day when windows are left out', () => {
    expect(placeCounterReads({ hallId: 'h', date: '2026-10-05', windowIds: [] })).toEqual([]);
    expect(placeCounterReads({ hallId: 'h', date: '2026-10-05', from: '09:30' })).toEqual([
      { hallId: 'h', date: '2026-10-05' },
    ]);
  });

  it('takes as many reads as windows, whatever else the hall-day holds', () => {
    const windowIds = Array.from({ length: 50 }, (_, i) => `w${String(i).padStart(2, '0')}`);
    const reads = placeCounterReads({
      hallId: 'h',
      date: '2026-10-05',
      windowIds,
      from: '10:00',
      to: '10:25',
    });
    expect(reads.map((r) => r.windowId)).toEqual(windowIds);
  });
});

describe('queryPlaceCountersParams', () => {
  it('reads one window’s buckets of one hall-day partition, strongly consistent', () => {
    expect(
      queryPlaceCountersParams('t', 'zibo', {
        hallId: 'zibo-center',
        date: '2026-10-05',
        windowId: 'b02',
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
        ':high': 'b02#09:55',
      },
      ConsistentRead: true,
    });
  });

  it('reads the window’s whole day when no bucket range is given, and goes on from a page', () => {
    const params = queryPlaceCountersParams(
      't',
      'zibo',
      { hallId: 'h', date: '2026-10-05', windowId: 'b02' },
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
