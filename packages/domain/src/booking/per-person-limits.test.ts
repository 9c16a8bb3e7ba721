import { describe, expect, it } from 'vitest';
import { checkPerPersonLimits } from './per-person-limits.js';

const policy = { perPerson: { perMatterPerDay: 1, active: 3 } };

describe('checkPerPersonLimits (1 per matter and day, 3 active)', () => {
  it.each([
    // same matter & day, total, expected, which limit
    [0, 0, 'ok', undefined],
    [0, 2, 'ok', undefined],
    [1, 1, 'per_person_limit', 'per-matter-per-day'],
    [0, 3, 'per_person_limit', 'active'],
    [2, 5, 'per_person_limit', 'per-matter-per-day'],
  ])('%i for the matter that day, %i in all -> %s', (activeForMatterDay, activeTotal, code, limit) => {
    const result = checkPerPersonLimits({ activeForMatterDay, activeTotal }, policy);
    expect(result.ok ? 'ok' : result.code).toBe(code);
    if (!result.ok) expect(result.detail?.limit).toBe(limit);
  });

  it('follows a looser policy', () => {
    const loose = { perPerson: { perMatterPerDay: 3, active: 10 } };
    expect(checkPerPersonLimits({ activeForMatterDay: 2, activeTotal: 9 }, loose).ok).toBe(true);
    expect(checkPerPersonLimits({ activeForMatterDay: 3, activeTotal: 9 }, loose).ok).toBe(false);
  });
});
