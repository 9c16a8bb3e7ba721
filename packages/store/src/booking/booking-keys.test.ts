import { describe, expect, it } from 'vitest';
import {
  bookingKey,
  hallDayBookingKeys,
  idempotencyKey,
  personLedgerKey,
  placeCounterKey,
  placeCounterRange,
  placeCountersPk,
  rateCounterKey,
} from './booking-keys.js';

describe('booking keys', () => {
  it.each([
    {
      what: 'place counter',
      key: placeCounterKey('zibo', {
        hallId: 'zibo-center',
        date: '2026-10-05',
        windowId: 'b02',
        time: '09:35',
      }),
      expected: { pk: 'TENANT#zibo#CAP#zibo-center#2026-10-05', sk: 'b02#09:35' },
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

  it('puts every window’s buckets of one hall-day in one partition, by window then time', () => {
    const bucket = (windowId: string, time: string) =>
      placeCounterKey('t1', { hallId: 'h1', date: '2026-03-03', windowId, time });
    const keys = [
      bucket('b11', '14:00'),
      bucket('b02', '09:05'),
      bucket('b11', '09:00'),
      bucket('b02-a', '08:00'),
    ];
    expect(new Set(keys.map((k) => k.pk))).toEqual(new Set([placeCountersPk('t1', 'h1', '2026-03-03')]));
    expect(keys.map((k) => k.sk).sort()).toEqual(['b02#09:05', 'b02-a#08:00', 'b11#09:00', 'b11#14:00']);
  });

  it.each([
    {
      window: 'b11',
      from: '10:00',
      to: '10:25',
      inside: ['b11#10:00', 'b11#10:25'],
      outside: ['b11#10:30', 'b11#09:55', 'b10#10:00', 'b11-a#10:00', 'b1#10:00', 'b12#10:00'],
    },
    {
      window: 'b02',
      from: undefined,
      to: undefined,
      inside: ['b02#00:00', 'b02#12:00', 'b02#23:55'],
      outside: ['b01#23:55', 'b02-a#00:00', 'b02-a#12:00', 'b03#00:00', 'b0#12:00'],
    },
  ])('ranges over the buckets of window $window alone', ({ window, from, to, inside, outside }) => {
    const { low, high } = placeCounterRange(window, from, to);
    const within = (sk: string) => low <= sk && sk <= high;
    for (const sk of inside) expect(within(sk), sk).toBe(true);
    for (const sk of outside) expect(within(sk), sk).toBe(false);
  });

  it('refuses a bucket range that ends before it starts', () => {
    expect(() => placeCounterRange('b02', '10:30', '10:00')).toThrow(RangeError);
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
    () => placeCounterKey('zibo', { hallId: 'h', date: '2026-10-05', windowId: 'b#1', time: '09:30' }),
    () => placeCounterRange(''),
  ])('refuses a part that is empty or holds "#" (%#)', (build) => {
    expect(build).toThrow(RangeError);
  });
});
