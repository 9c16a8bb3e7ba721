import { describe, expect, it } from 'vitest';
import { isBeforeChangeCutoff } from './change-cutoff.js';
import { at } from './test-fixtures.js';

describe('isBeforeChangeCutoff (120 minutes)', () => {
  const policy = { changeCutoffMinutes: 120 };
  const start = '2026-11-28T09:30:00+08:00';
  it.each([
    ['the day before', '2026-11-27T18:00', true],
    ['exactly 120 minutes before', '2026-11-28T07:30', true],
    ['119 minutes before', '2026-11-28T07:31', false],
    ['after the start', '2026-11-28T10:00', false],
  ])('%s: %s', (_label, now, allowed) => {
    expect(isBeforeChangeCutoff({ start, now: at(now), policy })).toBe(allowed);
  });
});
