import { matterWindowsInHall, TenantConfigSchema } from '@openhall/domain';
import { seedConfig } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import { sameAtEveryLevel, withFiftyWindows } from './fill-levels.js';

describe('sameAtEveryLevel', () => {
  it.each([
    { values: [300, 300, 300], expected: true },
    { values: [38.5, 38.6, 38.4], expected: true },
    { values: [300, 300, 306], expected: false },
    { values: [0, 0.01], expected: true },
    { values: [], expected: false },
  ])('$values: $expected', ({ values, expected }) => {
    expect(sameAtEveryLevel(values)).toBe(expected);
  });
});

describe('withFiftyWindows', () => {
  it('adds a matter served by 50 windows of one hall and 50 neighbours sorting right after them', () => {
    const seeded = seedConfig('zaozhuang-gxq');
    const config = withFiftyWindows(seeded, 50);
    const matter = config.matters.find((m) => m.id === 'bench-fifty-windows')!;
    const neighbour = config.matters.find((m) => m.id === 'bench-fifty-neighbours')!;
    expect(matterWindowsInHall(matter, config.windows, 'zaozhuang-gxq-hall')).toHaveLength(50);
    expect(neighbour.windowIds).toEqual(matter.windowIds.map((id) => `${id}-x`));
    expect(config.windows).toHaveLength(seeded.windows.length + 100);
    expect(TenantConfigSchema.safeParse(config).success).toBe(true);
    expect(seeded.matters.some((m) => m.id === 'bench-fifty-windows')).toBe(false);
  });
});
