import { describe, expect, it } from 'vitest';
import { isLate } from './lateness.js';

describe('isLate', () => {
  const start = '2026-12-01T10:00:00+08:00';
  it.each([
    ['booked', '2026-12-01T10:29:59+08:00', false],
    ['booked', '2026-12-01T10:30:00+08:00', true],
    ['checked-in', '2026-12-01T11:00:00+08:00', false],
    ['cancelled', '2026-12-01T11:00:00+08:00', false],
  ])('%s at %s: %s', (status, at, late) => {
    expect(isLate({ status, start }, 30, new Date(at))).toBe(late);
  });
});
