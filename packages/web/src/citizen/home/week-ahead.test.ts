import { describe, expect, it } from 'vitest';
import { weekAhead } from './week-ahead.js';

describe('weekAhead', () => {
  it.each([
    ['2026-11-23', '2026-11-29'], // a Monday
    ['2026-11-22', '2026-11-28'], // a Sunday looks forward, not back
    ['2026-12-28', '2027-01-03'], // across a year
    ['2028-02-26', '2028-03-03'], // across 29 February
  ])('from %s runs to %s', (today, to) => {
    expect(weekAhead(today)).toEqual({ from: today, to });
  });
});
