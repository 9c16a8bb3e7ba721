import { describe, expect, it } from 'vitest';
import { seedConfig } from '../seed-config.js';

const config = seedConfig('boai');
const hall = config.halls[0]!;
const jointWindowIds = new Set(
  config.windows.filter((w) => w.name.zh.includes('不动产和税务联办')).map((w) => w.id),
);

describe('Boai County seed', () => {
  it('has joint real-estate and tax windows', () => {
    expect(jointWindowIds.size).toBeGreaterThan(0);
  });

  it.each(config.matters)('$id accepts within the limit of its windows', (matter) => {
    const atJointWindows = matter.windowIds.every((w) => jointWindowIds.has(w));

    expect(matter.acceptanceMinutes).toBe(atJointWindows ? 40 : 15);
  });

  it('serves both joint real-estate and tax matters at the joint windows', () => {
    const departments = new Set(
      config.matters.filter((m) => m.windowIds.some((w) => jointWindowIds.has(w))).map((m) => m.departmentId),
    );

    expect([...departments].sort()).toEqual(['real-estate-registration', 'tax-bureau']);
  });

  it.each(['restday', 'holiday'] as const)('serves %s by appointment only', (kind) => {
    expect(hall.openingPolicy[kind].mode).toBe('appointment-only');
    expect(hall.openingPolicy[kind].sessions.length).toBeGreaterThan(0);
  });

  it('serves walk-ins on working days and extends service after closing', () => {
    expect(hall.openingPolicy.workday.mode).toBe('walk-in');
    expect(hall.openingPolicy.extendedService).toBe(true);
  });

  it.each(config.matters)('$id needs a booking outside working time', (matter) => {
    expect(matter.availability).toEqual({
      workday: 'open',
      restday: 'appointment-required',
      holiday: 'appointment-required',
    });
  });

  it('lists at least one commitment-based matter with a commitment letter', () => {
    const committed = config.matters.filter((m) => m.commitmentBased);

    expect(committed.length).toBeGreaterThan(0);
    for (const m of committed) expect(m.materials.map((x) => x.zh)).toContain('告知承诺书');
  });
});
