import { describe, expect, it } from 'vitest';
import { weekOf } from './week-of.js';

describe('weekOf', () => {
  it.each([
    ['2026-11-23', '2026-11-23', '2026-11-29'], // Monday
    ['2026-11-28', '2026-11-23', '2026-11-29'], // Saturday
    ['2026-11-22', '2026-11-16', '2026-11-22'], // Sunday ends its week
    ['2026-12-31', '2026-12-28', '2027-01-03'], // across a year
  ])('%s is in the week %s to %s', (date, from, to) => {
    expect(weekOf(date)).toEqual({ from, to });
  });
});
