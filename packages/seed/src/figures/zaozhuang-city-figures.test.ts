import { minutesOf } from '@openhall/domain';
import { describe, expect, it } from 'vitest';
import { zaozhuangCityFigures as f } from './zaozhuang-city-figures.js';

describe('Zaozhuang city figures', () => {
  it('never reports more matters completed than accepted', () => {
    expect(f.matters.completed).toBeLessThanOrEqual(f.matters.accepted);
  });

  it('times the extended-service example after its arrival', () => {
    const { arrivedAt, completedAt } = f.extendedServiceExample;

    expect(minutesOf(completedAt)).toBeGreaterThan(minutesOf(arrivedAt));
  });

  it('names its source', () => {
    expect(f.source).toMatch(/seed 003/i);
  });
});
