import { describe, expect, it } from 'vitest';
import { seedConfig } from '../seed-config.js';

const config = seedConfig('chengde-gxq');
const hall = config.halls[0]!;

describe('Chengde High-tech Zone seed', () => {
  it.each(['restday', 'holiday'] as const)('opens %s 9:00-11:30 and 14:00-17:00 for walk-ins', (kind) => {
    expect(hall.openingPolicy[kind]).toEqual({
      sessions: [
        { from: '09:00', to: '11:30' },
        { from: '14:00', to: '17:00' },
      ],
      mode: 'walk-in',
      noGapLunch: false,
    });
  });

  it('extends service after closing, also on non-working days', () => {
    expect(hall.openingPolicy.extendedService).toBe(true);
  });

  it.each([
    { category: '行政审批', department: '承德高新区行政审批局' },
    { category: '不动产登记', department: '不动产登记中心高新区分中心' },
  ])('opens at least 2 comprehensive $category windows, 1 person each', ({ department }) => {
    const departmentId = config.departments.find((d) => d.name.zh === department)!.id;
    const windows = config.windows.filter(
      (w) => w.kind === 'comprehensive' && w.departmentId === departmentId,
    );

    expect(windows.length).toBeGreaterThanOrEqual(2);
    expect(windows.map((w) => w.staffCount)).toEqual(windows.map(() => 1));
  });

  it('has no comprehensive window outside those two categories', () => {
    const categories = new Set(
      config.windows.filter((w) => w.kind === 'comprehensive').map((w) => w.departmentId),
    );

    expect(categories.size).toBe(2);
  });

  it.each(['consultation', 'cashier', 'certificate'] as const)(
    'staffs the %s window with 1 person',
    (kind) => {
      expect(config.windows.filter((w) => w.kind === kind).map((w) => w.staffCount)).toEqual([1]);
    },
  );

  it.each(config.matters)('$id is available on every kind of day', (matter) => {
    expect(matter.availability).toEqual({ workday: 'open', restday: 'open', holiday: 'open' });
  });

  it.each(config.matters)('$id is offered on the portal and app as well as on site', (matter) => {
    expect(matter.waysServed).toEqual(expect.arrayContaining(['on-site', 'remote']));
  });
});
