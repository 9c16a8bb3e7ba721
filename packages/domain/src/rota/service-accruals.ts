import type { CalendarDay } from '../calendar/calendar-day.js';
import type { ServiceFlags } from '../queue/ticket.js';
import { minutesOf } from '../shared/primitives.js';
import type { StaffMember } from '../staff/staff-member.js';
import { isWorkingDay } from '../tenant/day-kind.js';
import type { RotaDayInput } from './rota-schemas.js';
import type { StaffingRules } from './staffing-rules.js';
import { compensationOf, type ExtraHoursReason, type TimeOffEntry } from './time-off.js';

interface Stretch {
  from: number;
  to: number;
}

/** Minutes of [from, to) outside every stretch of `covered`. */
function uncovered(from: number, to: number, covered: readonly Stretch[]): number {
  let n = 0;
  for (let t = from; t < to; t++) if (!covered.some((c) => c.from <= t && t < c.to)) n++;
  return n;
}

/**
 * The stretches of a person's rota that already earn time off on that day (`rotaAccruals`): every
 * duty but on-call on a rest day or holiday, lunch and door-to-door duty on a working day.
 */
function rotaEarning(
  rota: Pick<RotaDayInput, 'assignments'> | undefined,
  staffId: string,
  working: boolean,
): Stretch[] {
  return (rota?.assignments ?? [])
    .filter((a) => a.staffId === staffId && a.duty !== 'on-call')
    .filter((a) => !working || a.duty === 'lunch' || a.duty === 'door-to-door')
    .map((a) => ({ from: minutesOf(a.from), to: minutesOf(a.to) }));
}

/**
 * 办件记录 → 调休: what a completed service earns each of its handlers, the same length as served,
 * besides what the rota already earns them: minutes past closing (延时服务); minutes of a working
 * day's lunch break (午间轮岗) not on the person's lunch duty; minutes of a rest day or holiday not on
 * a rostered duty (someone on call who was called in). One line per handler and reason, its source
 * the record, so a second delivery writes the same lines.
 */
export function serviceRecordAccruals(input: {
  day: Pick<CalendarDay, 'date' | 'kind'>;
  /** The hall's sessions that day in minutes, gaps kept (`sessionsOf`: the lunch break is a gap). */
  sessions: readonly Stretch[];
  served: { from: string; to: string };
  flags: ServiceFlags;
  handlers: readonly string[];
  recordId: string;
  rota: Pick<RotaDayInput, 'assignments'> | undefined;
  staff: readonly StaffMember[];
  rules: StaffingRules;
}): TimeOffEntry[] {
  const { day, flags } = input;
  const working = isWorkingDay(day.kind);
  const from = minutesOf(input.served.from);
  const to = Math.max(from, minutesOf(input.served.to));
  const { sessions } = input;
  const closing = sessions.at(-1)?.to ?? to;
  const entries: TimeOffEntry[] = [];
  for (const staffId of new Set(input.handlers)) {
    const member = input.staff.find((s) => s.id === staffId);
    if (!member) continue;
    const earning = rotaEarning(input.rota, staffId, working);
    const add = (reason: ExtraHoursReason, minutes: number) => {
      if (minutes <= 0) return;
      entries.push({
        staffId,
        date: day.date,
        minutes,
        reason,
        compensation: compensationOf(input.rules, member, reason, day.kind),
        source: `service-record:${input.recordId}`,
      });
    };
    if (flags.extended) add('extended-service', flags.minutesPastClosing);
    if (!working) {
      add(day.kind === 'holiday' ? 'holiday' : 'restday', uncovered(from, Math.min(to, closing), earning));
    } else if (flags.lunch) {
      let lunch = 0;
      for (let i = 1; i < sessions.length; i++) {
        const gap = { from: sessions[i - 1]!.to, to: sessions[i]!.from };
        lunch += uncovered(Math.max(from, gap.from), Math.min(to, gap.to), earning);
      }
      add('lunch-rotation', lunch);
    }
  }
  return entries;
}

/**
 * 上门服务 / 错时预约 → 调休: a completed visit's minutes owed to each member who went (as the visit
 * recorded them, out of working time), as leave or allowance by the day it fell on.
 */
export function visitAccruals(input: {
  day: Pick<CalendarDay, 'date' | 'kind'>;
  kind: 'door-to-door' | 'out-of-hours';
  owed: readonly { staffId: string; minutes: number }[];
  visitId: string;
  staff: readonly StaffMember[];
  rules: StaffingRules;
}): TimeOffEntry[] {
  return input.owed.flatMap(({ staffId, minutes }) => {
    const member = input.staff.find((s) => s.id === staffId);
    if (!member || minutes <= 0) return [];
    return [
      {
        staffId,
        date: input.day.date,
        minutes,
        reason: input.kind,
        compensation: compensationOf(input.rules, member, input.kind, input.day.kind),
        source: `visit:${input.visitId}`,
      },
    ];
  });
}
