import { describe, expect, it } from 'vitest';
import { monthPattern } from './month-pattern.js';
import { chengdeLike, dayOf, HALL, staff, windows } from './rota-test-fixtures.js';
import { staffingViolations } from './staffing-violations.js';

const noGapDay = (date: string) => dayOf(date, 'workday', [['09:00', '17:30']]);

describe('monthPattern', () => {
  const days = [
    noGapDay('2026-12-03'),
    noGapDay('2026-12-04'),
    dayOf('2026-12-05', 'restday'),
    dayOf('2026-12-06', 'restday'),
    noGapDay('2026-12-07'),
    dayOf('2026-12-12', 'restday'),
    dayOf('2026-12-13', 'restday', []),
  ];
  const plan = monthPattern({ days, hallId: HALL, windows, staff, abRoles: chengdeLike.abRoles });

  it('rotates the lunch stretch across the window holders on working days without a noon gap', () => {
    const lunch = (date: string) =>
      plan.get(date)!.assignments.filter((a) => a.windowId === 'tax' && a.duty === 'lunch');
    expect(lunch('2026-12-03')).toEqual([]);
    expect(lunch('2026-12-04')).toEqual([
      { staffId: 'tax-b', duty: 'lunch', windowId: 'tax', from: '12:00', to: '13:30' },
    ]);
    expect(lunch('2026-12-07')).toEqual([]);
  });

  it('leaves no window-hour of a working day unstaffed', () => {
    const day = days[1]!;
    const v = staffingViolations({
      day,
      hallId: HALL,
      windows,
      staff,
      rules: chengdeLike,
      rota: plan.get(day.date)!,
    });
    expect(v.filter((x) => x.rule === 'window_unstaffed')).toEqual([]);
  });

  it('alternates weekends between the A and B holders, the other on call, and skips closed days', () => {
    const at = (date: string) => plan.get(date)!.assignments.find((a) => a.windowId === 'tax')!.staffId;
    expect([at('2026-12-05'), at('2026-12-06'), at('2026-12-12')]).toEqual(['tax-a', 'tax-a', 'tax-b']);
    expect(
      plan.get('2026-12-05')!.assignments.some((a) => a.duty === 'on-call' && a.staffId === 'tax-b'),
    ).toBe(true);
    expect(plan.has('2026-12-13')).toBe(false);
  });
});
