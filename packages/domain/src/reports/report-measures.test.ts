import { describe, expect, it } from 'vitest';
import { addCounts, type Counts, waitBucketOf } from './report-counters.js';
import { measuresOf, rateOf } from './report-measures.js';
import { waitQuantile } from './wait-quantile.js';

describe('rateOf', () => {
  it('is null with nothing to measure, and rounds to four places', () => {
    expect(rateOf(0, 0)).toBeNull();
    expect(rateOf(2, 3)).toBe(0.6667);
    expect(rateOf(5, 5)).toBe(1);
  });
});

describe('waitQuantile', () => {
  /** The histogram of these waits, as the counters keep it. */
  const histogram = (waits: number[]): Counts =>
    waits.reduce<Counts>((c, w) => addCounts(c, { [waitBucketOf(w)]: 1 }), {});

  it('reads the median and p90 from the buckets, within the width of the bucket they fall in', () => {
    const waits = Array.from({ length: 200 }, (_, i) => (i * 37) % 70);
    const sorted = [...waits].sort((a, b) => a - b);
    const exact = (q: number) => sorted[Math.ceil(q * sorted.length) - 1] as number;
    const counts = histogram(waits);
    for (const q of [0.5, 0.9]) {
      const read = waitQuantile(counts, q) as number;
      // Buckets up to 60 minutes are at most 15 wide (45-60), 30 beyond.
      expect(Math.abs(read - exact(q))).toBeLessThanOrEqual(15);
    }
  });

  it('interpolates inside a bucket and reads the lower edge of the open last one', () => {
    expect(waitQuantile({ wait0: 2 }, 0.5)).toBe(2.5);
    expect(waitQuantile({ wait9: 3 }, 0.9)).toBe(120);
    expect(waitQuantile({}, 0.5)).toBeUndefined();
  });

  it('puts a wait on an edge in the bucket it opens', () => {
    expect(waitBucketOf(0)).toBe('wait0');
    expect(waitBucketOf(4.9)).toBe('wait0');
    expect(waitBucketOf(5)).toBe('wait1');
    expect(waitBucketOf(500)).toBe('wait9');
  });
});

describe('measuresOf', () => {
  it('works out bookings, on-time rates, 好评率, 回访率 and 整改率 from the counters', () => {
    const m = measuresOf({
      bkOnline: 10,
      bkDesk: 3,
      bkPhone: 2,
      accepted: 8,
      acceptedInLimit: 6,
      completed: 7,
      completedKnown: 5,
      completedInLimit: 4,
      rate5: 6,
      rate4: 2,
      rate3: 1,
      rate2: 0,
      rate1: 1,
      rateDefaulted: 9,
      calledBack: 1,
      calledBackOnTime: 1,
      fixed: 1,
      cpPhone: 2,
      cpClosed: 2,
      cpClosedOnTime: 1,
      waitSum: 30,
      waitCount: 4,
    });
    expect(m.bookings).toBe(15);
    expect(m.acceptedInLimitRate).toBe(0.75);
    expect(m.completedInLimitRate).toBe(0.8);
    // Defaulted ratings stay out of 好评率: 8 good of 10 given.
    expect(m.goodRate).toBe(0.8);
    expect(m.ratings).toEqual([6, 2, 1, 0, 1]);
    expect(m.callBackRate).toBe(1);
    expect(m.fixRate).toBe(0);
    expect(m.complaints).toBe(2);
    expect(m.complaintsClosedOnTimeRate).toBe(0.5);
    expect(m.waitAverageMinutes).toBe(7.5);
  });

  it('gives no rate, rather than 0% or 100%, where nothing happened', () => {
    const m = measuresOf({});
    expect(m.goodRate).toBeNull();
    expect(m.acceptedInLimitRate).toBeNull();
    expect(m.waitMedianMinutes).toBeNull();
  });
});
