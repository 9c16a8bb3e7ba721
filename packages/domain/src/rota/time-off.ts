import { z } from 'zod';
import type { CalendarDay } from '../calendar/calendar-day.js';
import { minutesOf } from '../shared/primitives.js';
import type { StaffMember } from '../staff/staff-member.js';
import { isWorkingDay } from '../tenant/day-kind.js';
import type { RotaDayInput } from './rota-schemas.js';
import type { Compensation, StaffingRules } from './staffing-rules.js';

/**
 * Why extra hours were served: on a rest day or a statutory holiday, over lunch (午间轮岗), after
 * closing (延时服务), on a door-to-door visit, or for an out-of-hours appointment.
 */
export const ExtraHoursReasonSchema = z
  .enum(['restday', 'holiday', 'lunch-rotation', 'extended-service', 'door-to-door', 'out-of-hours'])
  .meta({ id: 'ExtraHoursReason' });
export type ExtraHoursReason = z.infer<typeof ExtraHoursReasonSchema>;

/** One line of a person's time-off ledger (调休/补休): minutes earned (+) or taken (-). */
export const TimeOffEntrySchema = z
  .object({
    staffId: z.string(),
    date: z.string(),
    minutes: z.number().int(),
    reason: z.union([ExtraHoursReasonSchema, z.literal('leave-taken')]),
    /** Leave to take later, or an allowance paid instead (then it does not add to the balance). */
    compensation: z.enum(['leave', 'allowance']),
    /** Where it came from: `rota:{hallId}` or the service record that reported it. */
    source: z.string(),
  })
  .meta({ id: 'TimeOffEntry' });
export type TimeOffEntry = z.infer<typeof TimeOffEntrySchema>;

/**
 * Leave or allowance for extra hours, per the person's category: hours on a statutory holiday or a
 * rest day follow those rules whatever the reason (contract staff's holiday work is paid, 劳动法 44),
 * other extra hours the `extra` rule.
 */
export function compensationOf(
  rules: StaffingRules,
  member: StaffMember,
  reason: ExtraHoursReason,
  dayKind?: CalendarDay['kind'],
): Compensation {
  const c = rules.compensation[member.category];
  if (reason === 'holiday' || dayKind === 'holiday') return c.holiday;
  if (reason === 'restday' || dayKind === 'restday') return c.restday;
  return c.extra;
}

/**
 * The extra hours a hall-day's rota earns each person, the same length as served (Zibo: leave
 * equal to the hours served): every duty on a rest day or holiday except on-call (backup unless
 * called), and lunch-rotation and door-to-door stretches on working days. Absences are taken off.
 */
export function rotaAccruals(input: {
  day: Pick<CalendarDay, 'date' | 'kind'>;
  hallId: string;
  rota: Pick<RotaDayInput, 'assignments' | 'absences'>;
  staff: readonly StaffMember[];
  rules: StaffingRules;
}): TimeOffEntry[] {
  const { day, rota } = input;
  const working = isWorkingDay(day.kind);
  const byKey = new Map<string, TimeOffEntry>();
  for (const a of rota.assignments) {
    if (a.duty === 'on-call') continue;
    const reason: ExtraHoursReason | undefined = !working
      ? day.kind === 'holiday'
        ? 'holiday'
        : 'restday'
      : a.duty === 'lunch'
        ? 'lunch-rotation'
        : a.duty === 'door-to-door'
          ? 'door-to-door'
          : undefined;
    if (!reason) continue;
    const member = input.staff.find((s) => s.id === a.staffId);
    if (!member) continue;
    const minutes = servedMinutes(
      a,
      rota.absences.filter((x) => x.staffId === a.staffId),
    );
    if (minutes <= 0) continue;
    const key = `${a.staffId}|${reason}`;
    const before = byKey.get(key);
    byKey.set(key, {
      staffId: a.staffId,
      date: day.date,
      minutes: (before?.minutes ?? 0) + minutes,
      reason,
      compensation: compensationOf(input.rules, member, reason),
      source: `rota:${input.hallId}`,
    });
  }
  return [...byKey.values()];
}

/** Minutes of a stretch not covered by the person's absences. */
function servedMinutes(
  a: { from: string; to: string },
  absences: readonly { from: string; to: string }[],
): number {
  const from = minutesOf(a.from);
  const to = minutesOf(a.to);
  let served = 0;
  for (let t = from; t < to; t++) {
    if (!absences.some((x) => minutesOf(x.from) <= t && t < minutesOf(x.to))) served++;
  }
  return served;
}

/**
 * The port the service-record feature calls for hours the rota cannot know (extended service after
 * closing, door-to-door visits and out-of-hours appointments as recorded): the ledger entry they earn.
 */
export function serviceRecordAccrual(input: {
  member: StaffMember;
  date: string;
  minutes: number;
  reason: Extract<ExtraHoursReason, 'extended-service' | 'door-to-door' | 'out-of-hours'>;
  recordId: string;
  rules: StaffingRules;
}): TimeOffEntry {
  return {
    staffId: input.member.id,
    date: input.date,
    minutes: Math.max(0, Math.round(input.minutes)),
    reason: input.reason,
    compensation: compensationOf(input.rules, input.member, input.reason),
    source: `service-record:${input.recordId}`,
  };
}

/** Leave balance in minutes: leave earned less leave taken (allowances are paid, not banked). */
export function timeOffBalance(entries: readonly TimeOffEntry[]): number {
  return entries.reduce((n, e) => (e.compensation === 'leave' ? n + e.minutes : n), 0);
}
