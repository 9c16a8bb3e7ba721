import { describe, expect, it } from 'vitest';
import { percentile } from './percentile.js';
import { summariseLatencies } from './summarise-latencies.js';

const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1);

describe('percentile (nearest rank)', () => {
  it.each([
    { samples: [7], p: 0, expected: 7 },
    { samples: [7], p: 50, expected: 7 },
    { samples: [7], p: 100, expected: 7 },
    { samples: [10, 20, 30, 40], p: 25, expected: 10 },
    { samples: [10, 20, 30, 40], p: 50, expected: 20 },
    { samples: [10, 20, 30, 40], p: 51, expected: 30 },
    { samples: [10, 20, 30, 40], p: 100, expected: 40 },
    { samples: oneToHundred, p: 95, expected: 95 },
    { samples: oneToHundred, p: 99, expected: 99 },
    { samples: oneToHundred, p: 99.5, expected: 100 },
    { samples: [1, 2, 3, 4, 5, 6, 7, 8, 9, 1000], p: 95, expected: 1000 },
  ])('p$p of $samples.length samples is $expected', ({ samples, p, expected }) => {
    expect(percentile(samples, p)).toBe(expected);
  });

  it('is NaN without samples', () => {
    expect(percentile([], 50)).toBeNaN();
  });

  it.each([-1, 101, Number.NaN])('refuses p = %s', (p) => {
    expect(() => percentile([1, 2], p)).toThrow(RangeError);
  });
});

describe('summariseLatencies', () => {
  it('sorts the samples itself and rounds to hundredths of a millisecond', () => {
    const summary = summariseLatencies([3.333, 1.111, 2.222, 4.444], 2000);

    expect(summary).toEqual({
      count: 4,
      wallMs: 2000,
      throughputPerSecond: 2,
      meanMs: 2.78,
      p50Ms: 2.22,
      p95Ms: 4.44,
      p99Ms: 4.44,
      maxMs: 4.44,
    });
  });

  it('counts throughput over the wall time, not the sum of latencies', () => {
    // Eight requests of 100 ms each, eight at a time, finish in about 100 ms: 80 per second.
    expect(summariseLatencies(Array(8).fill(100), 100).throughputPerSecond).toBe(80);
  });

  it('answers zero throughput for an empty phase instead of dividing by zero', () => {
    const summary = summariseLatencies([], 0);
    expect(summary.count).toBe(0);
    expect(summary.throughputPerSecond).toBe(0);
    expect(summary.p50Ms).toBeNaN();
  });
});
