import { z } from 'zod';
import type { CalendarDay } from '../calendar/calendar-day.js';
import { type LocalTime, minutesOf, timeOf } from '../shared/primitives.js';
import type { StaffMember } from '../staff/staff-member.js';
import { isWorkingDay, policyKindOf } from '../tenant/day-kind.js';
import type { ServiceWindow } from '../tenant/service-window.js';
import { peopleAtWindow, peopleOnDuty, rosteredWindowIds } from './people-at.js';
import { type RotaDayInput, WINDOW_DUTIES } from './rota-schemas.js';
import type { StaffingMinimum, StaffingRules } from './staffing-rules.js';

export const StaffingRuleCodeSchema = z
  .enum([
    'window_unstaffed',
    'minimum_not_met',
    'duty_minimum_not_met',
    'door_to_door_alone',
    'unknown_staff',
    'not_allowed_at_window',
    'double_booked',
    'unknown_window',
  ])
  .meta({ id: 'StaffingRuleCode' });
export type StaffingRuleCode = z.infer<typeof StaffingRuleCodeSchema>;

/** One broken staffing rule: on which date, in which open hour, at which window or department. */
export const StaffingViolationSchema = z
  .object({
    rule: StaffingRuleCodeSchema,
    date: z.string(),
    /** The stretch of the open hour (`HH:MM`), or of the assignment at fault. */
    from: z.string(),
    to: z.string(),
    windowId: z.string().optional(),
    departmentId: z.string().optional(),
    staffId: z.string().optional(),
    needed: z.number().int().optional(),
    found: z.number().int().optional(),
    message: z.string(),
  })
  .meta({ id: 'StaffingViolation' });
export type StaffingViolation = z.infer<typeof StaffingViolationSchema>;

export interface StaffingCheckInput {
  /** The calendar engine's day (kind and the hall's hours). */
  day: CalendarDay;
  hallId: string;
  windows: readonly ServiceWindow[];
  staff: readonly StaffMember[];
  rules: StaffingRules;
  rota: Pick<RotaDayInput, 'assignments' | 'absences'>;
}

/** The hall's open hours of the day cut at each full hour: the stretches each rule is checked in. */
export function openHours(day: CalendarDay, hallId: string): { from: number; to: number }[] {
  const intervals = day.halls.find((h) => h.hallId === hallId)?.intervals ?? [];
  const hours: { from: number; to: number }[] = [];
  for (const i of intervals) {
    const end = minutesOf(i.to);
    for (let t = minutesOf(i.from); t < end; ) {
      const next = Math.min(end, (Math.floor(t / 60) + 1) * 60);
      hours.push({ from: t, to: next });
      t = next;
    }
  }
  return hours;
}

/**
 * Every staffing rule the rota of a hall-day breaks, each with its date, hour and window:
 * 空岗 (an open window with nobody at it in an open hour), the tenant's minimums per kind of day,
 * the duty minimums, door-to-door visits with too few people, and assignments that cannot stand
 * (an unknown person or window, a window the person may not serve, one person in two places).
 */
export function staffingViolations(input: StaffingCheckInput): StaffingViolation[] {
  const { day, hallId, rules, rota } = input;
  const date = day.date;
  const kind = policyKindOf(day.kind);
  const windows = input.windows.filter((w) => w.hallId === hallId && !w.retired);
  const out: StaffingViolation[] = [...assignmentViolations(input)];
  const hours = openHours(day, hallId);
  const rostered = rosteredWindowIds(rota);
  const open = windows.filter(
    (w) => rostered.has(w.id) || (rules.allWindowsOpenOnWorkdays && isWorkingDay(day.kind)),
  );
  const at = (t: number) => timeOf(t) as LocalTime;
  for (const h of hours) {
    if (rules.everyOpenWindowHourStaffed) {
      for (const w of open) {
        const found = peopleAtWindow(rota, w.id, h.from, h.to);
        if (found < 1) {
          out.push({
            rule: 'window_unstaffed',
            date,
            from: at(h.from),
            to: at(h.to),
            windowId: w.id,
            needed: 1,
            found,
            message: `window ${w.code} is open but nobody is at it (空岗)`,
          });
        }
      }
    }
    for (const m of rules.minimums.filter((m) => m.dayKinds.includes(kind))) {
      for (const v of minimumViolations(m, windows, rota, h)) {
        out.push({ ...v, date, from: at(h.from), to: at(h.to) });
      }
    }
    for (const m of rules.dutyMinimums.filter((m) => m.dayKinds.includes(kind))) {
      const found = peopleOnDuty(rota, m.duty, h.from, h.to);
      if (found < m.people) {
        out.push({
          rule: 'duty_minimum_not_met',
          date,
          from: at(h.from),
          to: at(h.to),
          needed: m.people,
          found,
          message: `${m.duty}: ${found} of ${m.people} on duty`,
        });
      }
    }
  }
  out.push(...doorToDoorViolations(input));
  return out;
}

function minimumViolations(
  m: StaffingMinimum,
  windows: readonly ServiceWindow[],
  rota: StaffingCheckInput['rota'],
  h: { from: number; to: number },
): Omit<StaffingViolation, 'date' | 'from' | 'to'>[] {
  const ofKind = windows.filter((w) => w.kind === m.windowKind);
  const staffed = (w: ServiceWindow) => peopleAtWindow(rota, w.id, h.from, h.to) >= m.people;
  if (m.per === 'window') {
    return ofKind
      .map((w) => ({ w, found: peopleAtWindow(rota, w.id, h.from, h.to) }))
      .filter(({ found }) => found < m.people)
      .map(({ w, found }) => ({
        rule: 'minimum_not_met' as const,
        windowId: w.id,
        departmentId: w.departmentId,
        needed: m.people,
        found,
        message: `${m.windowKind} window ${w.code}: ${found} of ${m.people} people`,
      }));
  }
  const groups = new Map<string, ServiceWindow[]>();
  for (const w of ofKind) {
    const key = m.per === 'department' ? w.departmentId : '';
    groups.set(key, [...(groups.get(key) ?? []), w]);
  }
  const out: Omit<StaffingViolation, 'date' | 'from' | 'to'>[] = [];
  for (const [departmentId, group] of groups) {
    const found = group.filter(staffed).length;
    if (found >= m.windows) continue;
    out.push({
      rule: 'minimum_not_met',
      ...(departmentId ? { departmentId } : {}),
      // The windows that could be opened to meet it: the ones not staffed yet.
      windowId: group.find((w) => !staffed(w))?.id ?? group[0]!.id,
      needed: m.windows,
      found,
      message: `${m.windowKind} windows${departmentId ? ` of ${departmentId}` : ''}: ${found} of ${m.windows} open with ${m.people} person(s) each`,
    });
  }
  return out;
}

function doorToDoorViolations(input: StaffingCheckInput): StaffingViolation[] {
  const visits = new Map<string, { staff: Set<string>; from: string; to: string }>();
  for (const a of input.rota.assignments) {
    if (a.duty !== 'door-to-door' || !a.visit) continue;
    const v = visits.get(a.visit) ?? { staff: new Set<string>(), from: a.from, to: a.to };
    v.staff.add(a.staffId);
    visits.set(a.visit, v);
  }
  const out: StaffingViolation[] = [];
  for (const [visit, v] of visits) {
    if (v.staff.size >= input.rules.doorToDoorPeople) continue;
    out.push({
      rule: 'door_to_door_alone',
      date: input.day.date,
      from: v.from,
      to: v.to,
      needed: input.rules.doorToDoorPeople,
      found: v.staff.size,
      message: `door-to-door visit "${visit}" needs ${input.rules.doorToDoorPeople} people`,
    });
  }
  return out;
}

function assignmentViolations(input: StaffingCheckInput): StaffingViolation[] {
  const { rota, day } = input;
  const staff = new Map(input.staff.map((s) => [s.id, s]));
  const windows = new Map(input.windows.map((w) => [w.id, w]));
  const out: StaffingViolation[] = [];
  rota.assignments.forEach((a, i) => {
    const base = { date: day.date, from: a.from, to: a.to, staffId: a.staffId };
    const member = staff.get(a.staffId);
    if (!member || member.retired) {
      out.push({
        ...base,
        rule: 'unknown_staff',
        message: `no serving member "${a.staffId}" in the directory`,
      });
      return;
    }
    if (a.windowId !== undefined) {
      const w = windows.get(a.windowId);
      if (!w || w.retired || w.hallId !== input.hallId) {
        out.push({
          ...base,
          rule: 'unknown_window',
          windowId: a.windowId,
          message: `no window "${a.windowId}" in this hall`,
        });
      } else if (WINDOW_DUTIES.has(a.duty) && !member.windowIds.includes(a.windowId)) {
        out.push({
          ...base,
          rule: 'not_allowed_at_window',
          windowId: a.windowId,
          message: `${a.staffId} may not serve window ${w.code}`,
        });
      }
    }
    // Two stretches of one person that overlap: they cannot be in both places.
    const clash = rota.assignments.findIndex(
      (b, j) =>
        j < i &&
        b.staffId === a.staffId &&
        minutesOf(b.from) < minutesOf(a.to) &&
        minutesOf(a.from) < minutesOf(b.to) &&
        !(b.duty === 'door-to-door' && a.duty === 'door-to-door' && b.visit === a.visit),
    );
    if (clash >= 0) {
      out.push({
        ...base,
        rule: 'double_booked',
        ...(a.windowId ? { windowId: a.windowId } : {}),
        message: `${a.staffId} is rostered twice at once`,
      });
    }
  });
  return out;
}
