import {
  calendarDayOf,
  openHours,
  type RotaAssignment,
  staffingRulesOf,
  staffingViolations,
  type TenantConfig,
  timeOf,
} from '@openhall/domain';
import { describe, expect, it } from 'vitest';
import { seedConfig } from './seed-config.js';

/** Everyone with a window of the hall at their first window for all the day's open hours. */
function everyoneAtTheirWindow(config: TenantConfig, hallId: string, date: string): RotaAssignment[] {
  const hours = openHours(calendarDayOf(config, hallId, date), hallId);
  // One person per window, nobody at two windows at once.
  const byWindow = new Map<string, string>();
  const used = new Set<string>();
  for (const w of config.windows) {
    const s = config.staff.find((m) => m.windowIds.includes(w.id) && !used.has(m.id));
    if (!s) continue;
    byWindow.set(w.id, s.id);
    used.add(s.id);
  }
  return config.windows
    .filter((w) => w.hallId === hallId && byWindow.has(w.id))
    .flatMap((w) =>
      hours.map((h) => ({
        staffId: byWindow.get(w.id)!,
        duty: 'window' as const,
        windowId: w.id,
        from: timeOf(h.from),
        to: timeOf(h.to),
      })),
    );
}

function violationsOf(
  tenantId: string,
  date: string,
  assignments: (c: TenantConfig, hallId: string, date: string) => RotaAssignment[],
) {
  const config = seedConfig(tenantId);
  const hallId = config.halls[0]!.id;
  return staffingViolations({
    day: calendarDayOf(config, hallId, date),
    hallId,
    windows: config.windows,
    staff: config.staff,
    rules: staffingRulesOf(config),
    rota: { assignments: assignments(config, hallId, date), absences: [] },
  });
}

// One row per tenant and real date: a Saturday rest day and a Monday working day of December 2026.
describe.each(['zaozhuang-gxq', 'zibo', 'chengde-gxq', 'boai'])('staffing rules of %s', (tenantId) => {
  it.each(['2026-12-05', '2026-12-07'])(
    'an empty rota on %s leaves every open window-hour a vacancy',
    (date) => {
      const v = violationsOf(tenantId, date, () => []);
      const config = seedConfig(tenantId);
      const hallId = config.halls[0]!.id;
      const hours = openHours(calendarDayOf(config, hallId, date), hallId);
      if (date === '2026-12-07') {
        // Working day: every window is open, so each of its open hours is 空岗.
        const windows = config.windows.filter((w) => w.hallId === hallId && !w.retired).length;
        expect(v.filter((x) => x.rule === 'window_unstaffed')).toHaveLength(windows * hours.length);
      } else if (tenantId === 'chengde-gxq') {
        expect(v.some((x) => x.rule === 'minimum_not_met')).toBe(true);
      }
    },
  );

  it('a rota with someone at every window of the hall for every open hour of a working day is clean', () => {
    const v = violationsOf(tenantId, '2026-12-07', everyoneAtTheirWindow);
    expect(v).toEqual([]);
  });
});

describe("Chengde's non-working-day minimums", () => {
  it('want the service section on duty besides every window', () => {
    const v = violationsOf('chengde-gxq', '2026-12-05', everyoneAtTheirWindow);
    expect(new Set(v.map((x) => x.rule))).toEqual(new Set(['duty_minimum_not_met']));
  });
});

describe("Boai's door-to-door visits", () => {
  it('need two people', () => {
    const v = violationsOf('boai', '2026-12-07', (c, hallId) => [
      ...everyoneAtTheirWindow(c, hallId, '2026-12-07'),
      {
        staffId: 'boai-section-manager',
        duty: 'door-to-door',
        visit: '李家庄上门',
        from: '15:00',
        to: '16:00',
      },
    ]);
    expect(v.map((x) => x.rule)).toEqual(['door_to_door_alone']);
  });
});
