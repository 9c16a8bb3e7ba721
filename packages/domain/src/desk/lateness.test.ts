import { describe, expect, it } from 'vitest';
import { isLate } from './lateness.js';

const start = '2026-10-02T09:00:00+08:00';

describe('isLate', () => {
  it.each([
    ['booked, 29 minutes 59 seconds after the start', 'booked', '2026-10-02T09:29:59+08:00', 30, false],
    ['booked, exactly at the limit', 'booked', '2026-10-02T09:30:00+08:00', 30, true],
    ['booked, the next day', 'booked', '2026-10-03T08:00:00+08:00', 30, true],
    ['checked in, past the limit', 'checked-in', '2026-10-02T10:00:00+08:00', 30, false],
    ['closed as a no-show', 'no-show', '2026-10-02T10:00:00+08:00', 30, false],
    ['cancelled', 'cancelled', '2026-10-02T10:00:00+08:00', 30, false],
    ['booked, a limit of 0 at the start', 'booked', '2026-10-02T09:00:00+08:00', 0, true],
    ['booked, before the start', 'booked', '2026-10-02T08:59:00+08:00', 0, false],
  ] as const)('%s', (_what, status, now, limit, late) => {
    expect(isLate({ status, start }, { lateLimitMinutes: limit }, new Date(now))).toBe(late);
  });
});
