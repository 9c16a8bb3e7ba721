import { describe, expect, it } from 'vitest';
import {
  bookingKey,
  hallDayBookingKeys,
  idempotencyKey,
  personLedgerKey,
  rateCounterKey,
  slotCounterKey,
  slotCountersPk,
} from './booking-keys.js';

describe('booking keys', () => {
  it.each([
    {
      what: 'slot counter',
      key: slotCounterKey('zibo', {
        hallId: 'zibo-center',
        matterId: 'food-licence',
        start: '2026-10-05T09:30:00+08:00',
      }),
      expected: { pk: 'TENANT#zibo#SLOTS#zibo-center#food-licence#2026-10-05', sk: '09:30' },
    },
    {
      what: 'booking',
      key: bookingKey('zibo', 'K7QXM4RTD'),
      expected: { pk: 'TENANT#zibo#BOOKING#K7QXM4RTD', sk: 'BOOKING' },
    },
    {
      what: 'idempotency record',
      key: idempotencyKey('zibo', '5f0c7f62-2c1b'),
      expected: { pk: 'TENANT#zibo#IDEMPOTENCY#5f0c7f62-2c1b', sk: 'IDEMPOTENCY' },
    },
    {
      what: 'person ledger',
      key: personLedgerKey('zibo', 'a1b2c3'),
      expected: { pk: 'TENANT#zibo#PERSON#a1b2c3', sk: 'LEDGER' },
    },
    {
      what: 'rate counter',
      key: rateCounterKey('zibo', 'c0ffee', '2026-10-05T09:31'),
      expected: { pk: 'TENANT#zibo#RATE#c0ffee', sk: '2026-10-05T09:31' },
    },
  ])('leads the $what key with the tenant', ({ key, expected }) => {
    expect(key).toEqual(expected);
  });

  it('puts every slot of one matter-day in one partition, sorted by time', () => {
    const slot = (start: string) => slotCounterKey('t1', { hallId: 'h1', matterId: 'm1', start });
    const keys = ['2026-03-03T14:00:00+08:00', '2026-03-03T09:00:00+08:00', '2026-03-03T09:30:00+08:00'].map(
      slot,
    );
    expect(new Set(keys.map((k) => k.pk))).toEqual(new Set([slotCountersPk('t1', 'h1', 'm1', '2026-03-03')]));
    expect(keys.map((k) => k.sk).sort()).toEqual(['09:00', '09:30', '14:00']);
  });

  it('lists a booking in its hall day ledger by start time', () => {
    expect(
      hallDayBookingKeys('zibo', {
        hallId: 'zibo-center',
        start: '2026-10-05T13:30:00+08:00',
        code: 'K7QXM4RTD',
      }),
    ).toEqual({ gsi1pk: 'TENANT#zibo#BOOKINGS#zibo-center#2026-10-05', gsi1sk: '13:30#K7QXM4RTD' });
  });

  it.each([
    () => bookingKey('zibo', ''),
    () => idempotencyKey('zibo', 'a#b'),
    () => personLedgerKey('zi#bo', 'x'),
    () => slotCounterKey('zibo', { hallId: 'h', matterId: 'm#1', start: '2026-10-05T09:30:00+08:00' }),
  ])('refuses a part that is empty or holds "#" (%#)', (build) => {
    expect(build).toThrow(RangeError);
  });
});
