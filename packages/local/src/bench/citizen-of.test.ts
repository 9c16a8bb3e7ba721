import { describe, expect, it } from 'vitest';
import { citizenOf } from './citizen-of.js';

describe('citizenOf', () => {
  it.each([
    { series: 'http', n: 0, phone: '13900000000', address: '127.1.0.0' },
    { series: 'http', n: 258, phone: '13900000258', address: '127.1.1.2' },
    { series: 'direct', n: 70_000, phone: '13700070000', address: '127.2.17.112' },
  ] as const)('$series citizen $n has phone $phone and address $address', ({ series, n, phone, address }) => {
    expect(citizenOf(series, n)).toMatchObject({ phone, address });
  });

  it('gives every citizen of a run a phone and an address of their own', () => {
    const citizens = Array.from({ length: 1000 }, (_, n) => citizenOf('http', n));
    expect(new Set(citizens.map((c) => c.phone)).size).toBe(1000);
    expect(new Set(citizens.map((c) => c.address)).size).toBe(1000);
  });

  it.each([-1, 1.5, 2 ** 24])('refuses citizen number %s', (n) => {
    expect(() => citizenOf('http', n)).toThrow(RangeError);
  });
});
