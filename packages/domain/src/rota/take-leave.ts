import { z } from 'zod';
import { DomainError } from '../shared/errors.js';
import { LocalDateSchema, LocalTimeSchema, minutesOf, SlugSchema, timeOf } from '../shared/primitives.js';
import type { StaffMember } from '../staff/staff-member.js';
import { type CoverProposal, coverProposals } from './cover-proposals.js';
import { type RotaAssignment, type RotaDayInput, WINDOW_DUTIES } from './rota-schemas.js';
import type { AbRole } from './staffing-rules.js';
import type { TimeOffEntry } from './time-off.js';

/** 调休申请: a stretch of a day taken off against the balance, with who covers. */
export const LeaveRequestSchema = z
  .object({
    hallId: SlugSchema,
    date: LocalDateSchema,
    from: LocalTimeSchema,
    to: LocalTimeSchema,
    /** Who covers the person's window duties meanwhile (a holder of that window, free then). */
    coverStaffId: SlugSchema.optional(),
  })
  .refine((r) => minutesOf(r.from) < minutesOf(r.to), { message: '`from` must be before `to`', path: ['to'] })
  .meta({ id: 'LeaveRequest' });
export type LeaveRequest = z.infer<typeof LeaveRequestSchema>;

/** The leave is longer than the balance of time off in lieu. */
export class LeaveBalanceShortError extends DomainError {
  readonly code = 'leave_balance_short';
  constructor(
    readonly balanceMinutes: number,
    readonly askedMinutes: number,
  ) {
    super(`the balance is ${balanceMinutes} minutes; the leave asks ${askedMinutes}`);
  }
}

/** Taking leave requires cover: the person serves a window then and nobody (fit) covers. */
export class LeaveNeedsCoverError extends DomainError {
  readonly code = 'leave_needs_cover';
  constructor(readonly proposals: readonly CoverProposal[]) {
    super('the person serves a window then: name who covers (coverStaffId), one of the proposals');
  }
}

const overlap = (a: { from: string; to: string }, from: number, to: number) => ({
  from: Math.max(minutesOf(a.from), from),
  to: Math.min(minutesOf(a.to), to),
});

/**
 * The day's rota with the leave as an absence and the cover rostered on the same duties, and the
 * ledger line that takes the minutes off the balance. Refuses leave beyond the balance, and leave
 * from a window stretch without a cover who is one of that window's free holders (AB角 proposals).
 */
export function planLeave(input: {
  rota: Pick<RotaDayInput, 'assignments' | 'absences'>;
  staffId: string;
  request: LeaveRequest;
  balanceMinutes: number;
  abRoles: readonly AbRole[];
  staff: readonly StaffMember[];
}): { rota: RotaDayInput; entry: TimeOffEntry } {
  const { request, staffId } = input;
  const from = minutesOf(request.from);
  const to = minutesOf(request.to);
  const asked = to - from;
  if (asked > input.balanceMinutes) throw new LeaveBalanceShortError(input.balanceMinutes, asked);
  const absence = { staffId, from: request.from, to: request.to, reason: '调休' };
  const withAbsence = { assignments: input.rota.assignments, absences: [...input.rota.absences, absence] };
  const proposals = coverProposals(withAbsence, input.abRoles, input.staff).filter(
    (p) => p.absentStaffId === staffId,
  );
  const covers: RotaAssignment[] = [];
  if (proposals.length > 0) {
    const cover = request.coverStaffId;
    if (!cover || !proposals.every((p) => p.candidates.includes(cover)))
      throw new LeaveNeedsCoverError(proposals);
    for (const a of input.rota.assignments) {
      if (a.staffId !== staffId || !WINDOW_DUTIES.has(a.duty)) continue;
      const o = overlap(a, from, to);
      if (o.from < o.to) covers.push({ ...a, staffId: cover, from: timeOf(o.from), to: timeOf(o.to) });
    }
  }
  return {
    rota: { assignments: [...input.rota.assignments, ...covers], absences: withAbsence.absences },
    entry: {
      staffId,
      date: request.date,
      minutes: -asked,
      reason: 'leave-taken',
      compensation: 'leave',
      source: `leave:${request.hallId}:${request.from}`,
    },
  };
}
