import { describe, expect, it } from 'vitest';
import { backoffMs } from './retry-backoff.js';

describe('backoffMs', () => {
  it.each([
    { attempt: 1, random: 0.999, max: 7 },
    { attempt: 3, random: 0.999, max: 31 },
    { attempt: 10, random: 0.999, max: 199 },
    { attempt: 40, random: 0.999, max: 199 },
  ])(
    'grows with the attempt up to a cap: attempt $attempt waits below $max ms',
    ({ attempt, random, max }) => {
      expect(backoffMs(attempt, () => random)).toBe(max);
    },
  );

  it('spreads racing writers over the whole window (full jitter)', () => {
    expect(backoffMs(5, () => 0)).toBe(0);
    expect(backoffMs(5, () => 0.5)).toBe(64);
  });
});
