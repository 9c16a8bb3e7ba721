import { describe, expect, it } from 'vitest';
import { summariseMonth } from './availability-month-result.js';

describe('summariseMonth', () => {
  it('gives the fastest round and the median of an odd number of rounds', () => {
    expect(summariseMonth([3, 1.2345, 2], 1.5)).toMatchObject({
      rounds: 3,
      minMs: 1.235,
      medianMs: 2,
      loadAverage: 1.5,
    });
  });

  it('gives the mean of the middle two for an even number of rounds', () => {
    expect(summariseMonth([4, 1, 3, 2], 0).medianMs).toBe(2.5);
  });

  it('gives no figures without rounds', () => {
    const empty = summariseMonth([], 0);
    expect(empty.rounds).toBe(0);
    expect(empty.minMs).toBeNaN();
    expect(empty.medianMs).toBeNaN();
  });
});
