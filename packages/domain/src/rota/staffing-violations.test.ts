import { describe, expect, it } from 'vitest';
import type { RotaAssignment } from './rota-schemas.js';
import { at, chengdeLike, dayOf, HALL, staff, windows } from './rota-test-fixtures.js';
import { StaffingRulesSchema } from './staffing-rules.js';
import { openHours, staffingViolations } from './staffing-violations.js';

const saturday = dayOf('2026-12-05', 'restday');
const fullWeekend: RotaAssignment[] = [
  at('ap-a', 'ap-1'),
  at('ap-b', 'ap-2'),
  at('re-a', 're-1'),
  at('re-b', 're-2'),
  at('tax-a', 'tax'),
  at('desk-a', 'desk'),
  { staffId: 'section', duty: 'service-section', from: '09:00', to: '17:00' },
];

function check(assignments: RotaAssignment[], day = saturday, rules = chengdeLike, absences = []) {
  return staffingViolations({ day, hallId: HALL, windows, staff, rules, rota: { assignments, absences } });
}

describe('openHours', () => {
  it('cuts the hall hours at each full hour', () => {
    expect(openHours(saturday, HALL).map((h) => [h.from, h.to])).toEqual([
      [540, 600],
      [600, 660],
      [660, 690],
      [840, 900],
      [900, 960],
      [960, 1020],
    ]);
  });
});

describe('staffingViolations', () => {
  it('finds nothing wrong with a weekend staffed as the rules ask', () => {
    expect(check(fullWeekend)).toEqual([]);
  });

  it('names the department, hour and window when only one comprehensive window of a category is open', () => {
    const v = check(fullWeekend.filter((a) => a.windowId !== 'ap-2'));
    const minimum = v.filter((x) => x.rule === 'minimum_not_met');
    // Every open hour of the day, for the approval category only.
    expect(minimum).toHaveLength(openHours(saturday, HALL).length);
    expect(minimum[0]).toMatchObject({
      departmentId: 'approval',
      windowId: 'ap-2',
      needed: 2,
      found: 1,
      from: '09:00',
      to: '10:00',
      date: '2026-12-05',
    });
  });

  it('applies the non-working-day minimums on rest days only, not on working days', () => {
    const monday = dayOf('2026-12-07', 'workday');
    const rules = StaffingRulesSchema.parse({ ...chengdeLike, allWindowsOpenOnWorkdays: false });
    expect(check([at('ap-a', 'ap-1')], monday, rules)).toEqual([]);
  });

  it('reports 空岗 for every open window-hour nobody covers, e.g. a gap at noon', () => {
    const day = dayOf('2026-12-07', 'workday', [['09:00', '17:30']]);
    const rules = StaffingRulesSchema.parse({});
    const v = check(
      windows.map((w) => ({
        staffId: staff.find((s) => s.windowIds.includes(w.id))!.id,
        duty: 'window' as const,
        windowId: w.id,
        from: '09:00',
        to: '12:00',
      })),
      day,
      rules,
    );
    const gaps = v.filter((x) => x.rule === 'window_unstaffed');
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.every((g) => g.from >= '12:00')).toBe(true);
    expect(new Set(gaps.map((g) => g.windowId))).toEqual(new Set(windows.map((w) => w.id)));
  });

  it('counts a lunch rotation as covering the window', () => {
    const day = dayOf('2026-12-07', 'workday', [['09:00', '17:30']]);
    const rules = StaffingRulesSchema.parse({ allWindowsOpenOnWorkdays: false });
    const v = check(
      [
        at('tax-a', 'tax', '09:00', '12:00'),
        { staffId: 'tax-b', duty: 'lunch', windowId: 'tax', from: '12:00', to: '13:30' },
        at('tax-a', 'tax', '13:30', '17:30'),
      ],
      day,
      rules,
    );
    expect(v).toEqual([]);
  });

  it('takes an absence off the window: the hour becomes a vacancy', () => {
    const v = check(fullWeekend, saturday, chengdeLike, [
      { staffId: 'tax-a', from: '10:00', to: '11:00' },
    ] as never);
    const at10 = v.filter((x) => x.windowId === 'tax');
    expect(at10.map((x) => [x.rule, x.from])).toEqual([
      ['window_unstaffed', '10:00'],
      ['minimum_not_met', '10:00'],
    ]);
  });

  it('asks for the service section on duty', () => {
    const v = check(fullWeekend.filter((a) => a.duty !== 'service-section'));
    expect(v.filter((x) => x.rule === 'duty_minimum_not_met')).toHaveLength(6);
  });

  it('refuses a door-to-door visit with one person, and someone at a window they may not serve or in two places', () => {
    const v = check([
      ...fullWeekend,
      { staffId: 'section', duty: 'door-to-door', visit: 'home-1', from: '15:00', to: '16:00' },
      at('tax-b', 'ap-1'),
    ]);
    expect(v.map((x) => x.rule).sort()).toEqual([
      'door_to_door_alone',
      'double_booked',
      'not_allowed_at_window',
    ]);
  });

  it('does not count someone who is not in the directory', () => {
    const v = check([...fullWeekend.filter((a) => a.windowId !== 'tax'), at('stranger', 'tax')]);
    expect(v.some((x) => x.rule === 'unknown_staff')).toBe(true);
  });
});
