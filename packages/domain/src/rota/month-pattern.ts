import type { CalendarDay } from '../calendar/calendar-day.js';
import { minutesOf, timeOf } from '../shared/primitives.js';
import type { StaffMember } from '../staff/staff-member.js';
import { isWorkingDay } from '../tenant/day-kind.js';
import type { ServiceWindow } from '../tenant/service-window.js';
import type { RotaAssignment, RotaDayInput } from './rota-schemas.js';
import type { AbRole } from './staffing-rules.js';

/** The lunch stretch a working day without a noon gap rotates (午间轮岗). */
const LUNCH = { from: minutesOf('12:00'), to: minutesOf('13:30') };

export interface MonthPatternInput {
  /** The calendar engine's days of the month, for the hall. */
  days: readonly CalendarDay[];
  hallId: string;
  windows: readonly ServiceWindow[];
  staff: readonly StaffMember[];
  abRoles: readonly AbRole[];
}

/** A window's holders, A first: its A/B roles, else the active members who may serve it. */
function holdersOf(window: ServiceWindow, input: MonthPatternInput): string[] {
  const active = new Set(input.staff.filter((s) => !s.retired).map((s) => s.id));
  const role = input.abRoles.find((r) => r.windowId === window.id);
  const fromRole = role ? [role.a, ...role.b].filter((id) => active.has(id)) : [];
  if (fromRole.length > 0) return fromRole;
  return input.staff.filter((s) => !s.retired && s.windowIds.includes(window.id)).map((s) => s.id);
}

/**
 * A first draft of a month's rota from a pattern, to be edited by hand: on working days each
 * window's A holder serves the hall's hours, and where the hall has no noon gap the lunch stretch
 * rotates day by day across the window's holders (午间轮岗); weekends and holidays alternate week by
 * week between the A and B holders (the other is on call), and the service section rotates among
 * the section managers. Closed days get no rota. The staffing rules then say what is still missing.
 */
export function monthPattern(input: MonthPatternInput): Map<string, RotaDayInput> {
  const windows = input.windows.filter((w) => w.hallId === input.hallId && !w.retired);
  const section = input.staff
    .filter((s) => !s.retired && s.roles.includes('section-manager'))
    .map((s) => s.id);
  const out = new Map<string, RotaDayInput>();
  let workingIndex = 0;
  let restIndex = 0;
  let lastRestWeek = -1;
  for (const day of input.days) {
    const intervals = (day.halls.find((h) => h.hallId === input.hallId)?.intervals ?? []).map((i) => ({
      from: minutesOf(i.from),
      to: minutesOf(i.to),
    }));
    if (intervals.length === 0) continue;
    const assignments: RotaAssignment[] = [];
    const span = (
      staffId: string,
      duty: RotaAssignment['duty'],
      windowId: string | undefined,
      from: number,
      to: number,
    ) => {
      if (from < to)
        assignments.push({
          staffId,
          duty,
          ...(windowId ? { windowId } : {}),
          from: timeOf(from),
          to: timeOf(to),
        });
    };
    if (isWorkingDay(day.kind)) {
      for (const w of windows) {
        const holders = holdersOf(w, input);
        const a = holders[0];
        if (!a) continue;
        const luncher = holders[workingIndex % holders.length]!;
        for (const i of intervals) {
          const noon = i.from < LUNCH.to && LUNCH.from < i.to && luncher !== a;
          if (!noon) {
            span(a, 'window', w.id, i.from, i.to);
            continue;
          }
          const from = Math.max(i.from, LUNCH.from);
          const to = Math.min(i.to, LUNCH.to);
          span(a, 'window', w.id, i.from, from);
          span(luncher, 'lunch', w.id, from, to);
          span(a, 'window', w.id, to, i.to);
        }
      }
      workingIndex++;
    } else {
      // A new week (Monday-based) of non-working days flips A and B.
      const week = Math.floor((Date.parse(`${day.date}T00:00:00Z`) / 86_400_000 + 3) / 7);
      if (week !== lastRestWeek) {
        if (lastRestWeek !== -1) restIndex++;
        lastRestWeek = week;
      }
      for (const w of windows) {
        const holders = holdersOf(w, input);
        if (holders.length === 0) continue;
        const on = holders[restIndex % holders.length]!;
        for (const i of intervals) span(on, 'window', w.id, i.from, i.to);
        for (const other of holders.filter((h) => h !== on).slice(0, 1)) {
          span(other, 'on-call', undefined, intervals[0]!.from, intervals.at(-1)!.to);
        }
      }
      const manager = section[restIndex % Math.max(1, section.length)];
      if (manager) span(manager, 'service-section', undefined, intervals[0]!.from, intervals.at(-1)!.to);
    }
    out.set(day.date, { assignments: dedupeOnCall(assignments), absences: [] });
  }
  return out;
}

/** One on-call line per person (someone may hold B at two windows). */
function dedupeOnCall(assignments: RotaAssignment[]): RotaAssignment[] {
  const seen = new Set<string>();
  const windowStaff = new Set(assignments.filter((a) => a.duty !== 'on-call').map((a) => a.staffId));
  return assignments.filter((a) => {
    if (a.duty !== 'on-call') return true;
    if (seen.has(a.staffId) || windowStaff.has(a.staffId)) return false;
    seen.add(a.staffId);
    return true;
  });
}
