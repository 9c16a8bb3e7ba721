import { z } from 'zod';
import { DomainError } from '../shared/errors.js';
import { LocalDateSchema, LocalTimeSchema, minutesOf, SlugSchema } from '../shared/primitives.js';
import type { LeaveRequest } from './take-leave.js';

/** 调休申请 as the member writes it: the stretch, who covers, and why. */
export const LeaveApplicationInputSchema = z
  .object({
    hallId: SlugSchema,
    date: LocalDateSchema,
    from: LocalTimeSchema,
    to: LocalTimeSchema,
    coverStaffId: SlugSchema.optional(),
    reason: z.string().trim().min(1).max(200),
  })
  .refine((r) => minutesOf(r.from) < minutesOf(r.to), { message: '`from` must be before `to`', path: ['to'] })
  .meta({ id: 'LeaveApplicationInput' });
export type LeaveApplicationInput = z.infer<typeof LeaveApplicationInputSchema>;

export const LeaveApplicationStateSchema = z
  .enum(['requested', 'approved', 'refused', 'withdrawn'])
  .meta({ id: 'LeaveApplicationState' });
export type LeaveApplicationState = z.infer<typeof LeaveApplicationStateSchema>;

/** One step of a request's trail: who moved it to which state, when, and why (refusals). */
export const LeaveApplicationStepSchema = z.object({
  state: LeaveApplicationStateSchema,
  at: z.string(),
  by: z.string(),
  reason: z.string().optional(),
});
export type LeaveApplicationStep = z.infer<typeof LeaveApplicationStepSchema>;

/** A stored 调休申请: requested, then approved (applied to the rota and ledger), refused or withdrawn. */
export const LeaveApplicationSchema = z
  .object({
    id: z.string(),
    staffId: z.string(),
    hallId: z.string(),
    date: z.string(),
    from: z.string(),
    to: z.string(),
    coverStaffId: z.string().optional(),
    reason: z.string(),
    state: LeaveApplicationStateSchema,
    version: z.number().int().min(1),
    trail: z.array(LeaveApplicationStepSchema),
  })
  .meta({ id: 'LeaveApplication' });
export type LeaveApplication = z.infer<typeof LeaveApplicationSchema>;

/** The request was decided or withdrawn already: nothing more can happen to it. */
export class LeaveApplicationClosedError extends DomainError {
  readonly code = 'leave_request_closed';
  constructor(
    readonly id: string,
    readonly state: LeaveApplicationState,
  ) {
    super(`leave request ${id} is ${state} already`);
  }
}

/** Only the member who asked may withdraw their request. */
export class LeaveApplicationNotYoursError extends DomainError {
  readonly code = 'leave_request_not_yours';
  constructor(readonly id: string) {
    super(`leave request ${id} belongs to someone else`);
  }
}

/** A refusal says why. */
export class LeaveRefusalReasonMissingError extends DomainError {
  readonly code = 'leave_refusal_reason_missing';
  constructor(readonly id: string) {
    super(`refusing leave request ${id} needs a reason`);
  }
}

/** A manager does not decide their own request. */
export class LeaveApplicationOwnDecisionError extends DomainError {
  readonly code = 'leave_request_own';
  constructor(readonly id: string) {
    super(`leave request ${id} is the decider's own`);
  }
}

/** The request moved (another decision landed) between the read and the write. */
export class LeaveApplicationChangedError extends DomainError {
  readonly code = 'leave_request_changed';
  constructor(readonly id: string) {
    super(`leave request ${id} changed meanwhile`);
  }
}

/** A new request in state `requested`, its first step by the member. */
export function newLeaveApplication(input: {
  id: string;
  staffId: string;
  body: LeaveApplicationInput;
  at: string;
}): LeaveApplication {
  const { body } = input;
  return {
    id: input.id,
    staffId: input.staffId,
    hallId: body.hallId,
    date: body.date,
    from: body.from,
    to: body.to,
    ...(body.coverStaffId ? { coverStaffId: body.coverStaffId } : {}),
    reason: body.reason,
    state: 'requested',
    version: 1,
    trail: [{ state: 'requested', at: input.at, by: input.staffId }],
  };
}

/**
 * Moves a pending request to `approved`, `refused` (a reason required) or `withdrawn` (by its
 * requester only), one version on, the step kept on its trail. A closed request refuses.
 */
export function moveLeaveApplication(
  a: LeaveApplication,
  step: { to: Exclude<LeaveApplicationState, 'requested'>; at: string; by: string; reason?: string },
): LeaveApplication {
  if (a.state !== 'requested') throw new LeaveApplicationClosedError(a.id, a.state);
  if (step.to === 'withdrawn' && step.by !== a.staffId) throw new LeaveApplicationNotYoursError(a.id);
  if (step.to !== 'withdrawn' && step.by === a.staffId) throw new LeaveApplicationOwnDecisionError(a.id);
  if (step.to === 'refused' && !step.reason?.trim()) throw new LeaveRefusalReasonMissingError(a.id);
  const reason = step.reason?.trim();
  return {
    ...a,
    state: step.to,
    version: a.version + 1,
    trail: [...a.trail, { state: step.to, at: step.at, by: step.by, ...(reason ? { reason } : {}) }],
  };
}

/** The leave the approval takes (the existing rule of `planLeave`: cover, balance, category). */
export function leaveOf(a: LeaveApplication): LeaveRequest {
  return {
    hallId: a.hallId,
    date: a.date,
    from: a.from,
    to: a.to,
    ...(a.coverStaffId ? { coverStaffId: a.coverStaffId } : {}),
  };
}

/** Minutes the request asks. */
export function leaveMinutes(a: Pick<LeaveApplication, 'from' | 'to'>): number {
  return minutesOf(a.to) - minutesOf(a.from);
}

/** `leave-request.*` event data: ids and facts only. */
export const LeaveRequestEventDataSchema = z
  .object({
    requestId: z.string(),
    staffId: z.string(),
    hallId: z.string(),
    date: z.string(),
    minutes: z.number().int().min(1),
    coverStaffId: z.string().optional(),
    version: z.number().int().min(1),
  })
  .meta({ id: 'LeaveRequestEventData' });
export type LeaveRequestEventData = z.infer<typeof LeaveRequestEventDataSchema>;
