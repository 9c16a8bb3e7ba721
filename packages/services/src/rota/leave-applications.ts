import { randomUUID } from 'node:crypto';
import {
  type DomainEvent,
  fieldErrorsOf,
  InvalidConfigError,
  type LeaveApplication,
  LeaveApplicationChangedError,
  LeaveApplicationClosedError,
  LeaveApplicationInputSchema,
  type LeaveApplicationStore,
  leaveMinutes,
  leaveOf,
  moveLeaveApplication,
  NotFoundError,
  newLeaveApplication,
  planLeave,
  RotaPlacesChangedError,
  RotaStaleError,
  staffingRulesOf,
  TimeOffBalanceChangedError,
  type TimeOffEntry,
  timeOffBalance,
  toShanghaiIso,
} from '@openhall/domain';
import { sleep } from '../booking/retry-backoff.js';
import { tenantConfigOf } from '../booking/tenant-config-of.js';
import { hallOf } from './rota-day-view.js';
import type { RotaDeps } from './rota-deps.js';
import { saveRotaDay } from './save-rota-day.js';

/** What the leave-request use cases run on. */
export type LeaveDeps = RotaDeps & { leaveApplications: LeaveApplicationStore };

/** Tries of an approval that other rota saves or decisions keep overtaking. */
const APPROVE_ATTEMPTS = 5;

function leaveEvent(
  tenantId: string,
  a: LeaveApplication,
  type: `leave-request.${'requested' | 'approved' | 'refused' | 'withdrawn'}`,
): DomainEvent {
  const step = a.trail[a.trail.length - 1]!;
  return {
    eventId: randomUUID(),
    type,
    version: 1,
    tenantId,
    occurredAt: step.at,
    actor: step.by,
    subject: { kind: 'leave-request', id: `${a.staffId}/${a.id}` },
    data: {
      requestId: a.id,
      staffId: a.staffId,
      hallId: a.hallId,
      date: a.date,
      minutes: leaveMinutes(a),
      ...(a.coverStaffId ? { coverStaffId: a.coverStaffId } : {}),
      version: a.version,
    },
  } as DomainEvent;
}

/** The rota day and ledger line approving `a` would write (the rule of `planLeave`). */
async function planOf(deps: RotaDeps, tenantId: string, a: LeaveApplication, pendingMinutes: number) {
  const config = await tenantConfigOf(deps, tenantId);
  // The balance's version before its ledger: a spending saved after this read fails the approval's
  // guard, which then plans again on the ledger as it is.
  const balanceVersion = await deps.rotaStore.timeOffBalanceVersion(tenantId, a.staffId);
  const [ledger, current] = await Promise.all([
    deps.rotaStore.timeOffLedger(tenantId, a.staffId),
    deps.rotaStore.getRotaDay(tenantId, a.hallId, a.date),
  ]);
  const plan = planLeave({
    rota: current ?? { assignments: [], absences: [] },
    staffId: a.staffId,
    request: leaveOf(a),
    balanceMinutes: timeOffBalance(ledger) - pendingMinutes,
    abRoles: staffingRulesOf(config).abRoles,
    staff: config.staff,
  });
  // The request's own line: two requests of one stretch never overwrite each other's.
  const entry: TimeOffEntry = { ...plan.entry, source: `leave-request:${a.id}` };
  return { ...plan, entry, current, balanceGuard: { staffId: a.staffId, version: balanceVersion } };
}

/**
 * 调休申请: a member asks for leave (stretch, cover, reason). The leave rule is checked now against
 * the balance less their other pending requests (no cover, balance short answer at once); the
 * request waits for a section manager.
 */
export async function requestLeave(
  deps: LeaveDeps,
  input: { tenantId: string; staffId: string; body: unknown },
): Promise<LeaveApplication> {
  const parsed = LeaveApplicationInputSchema.safeParse(input.body);
  if (!parsed.success)
    throw new InvalidConfigError('The leave request is not valid.', fieldErrorsOf(parsed.error));
  const config = await tenantConfigOf(deps, input.tenantId);
  if (!config.staff.some((s) => s.id === input.staffId && !s.retired)) {
    throw new NotFoundError(`staff member "${input.staffId}"`, 'staff_not_found');
  }
  hallOf(config, parsed.data.hallId);
  const cover = parsed.data.coverStaffId;
  if (
    cover !== undefined &&
    (cover === input.staffId || !config.staff.some((s) => s.id === cover && !s.retired))
  ) {
    throw new InvalidConfigError('The leave request is not valid.', [
      { path: '/coverStaffId', message: 'not a colleague who can cover', code: 'invalid_value' },
    ]);
  }
  const at = toShanghaiIso(deps.now());
  const id = `${at.replace(/\D/g, '').slice(0, 14)}-${randomUUID().slice(0, 8)}`;
  const application = newLeaveApplication({ id, staffId: input.staffId, body: parsed.data, at });
  const mine = await deps.leaveApplications.ofStaff(input.tenantId, input.staffId, 100);
  const pending = mine.filter((a) => a.state === 'requested').reduce((n, a) => n + leaveMinutes(a), 0);
  await planOf(deps, input.tenantId, application, pending);
  await deps.leaveApplications.create(
    input.tenantId,
    application,
    leaveEvent(input.tenantId, application, 'leave-request.requested'),
  );
  return application;
}

async function found(deps: LeaveDeps, tenantId: string, staffId: string, id: string) {
  const a = await deps.leaveApplications.get(tenantId, staffId, id);
  if (!a) throw new NotFoundError(`leave request "${id}"`, 'leave_request_not_found');
  return a;
}

/**
 * A section manager approves: the leave rule again on the balance and rota as they are now, and
 * the request's state, the rota day (absence and cover), the ledger line and both events in one
 * transaction, conditional on the request's version. Two managers deciding at once: one result, the
 * other `leave_request_closed`.
 */
export async function approveLeave(
  deps: LeaveDeps,
  input: { tenantId: string; staffId: string; id: string; actor: string },
): Promise<LeaveApplication> {
  for (let attempt = 1; ; attempt++) {
    const a = await found(deps, input.tenantId, input.staffId, input.id);
    const next = moveLeaveApplication(a, { to: 'approved', at: toShanghaiIso(deps.now()), by: input.actor });
    try {
      const { rota, entry, current, balanceGuard } = await planOf(deps, input.tenantId, a, 0);
      await saveRotaDay(deps, {
        tenantId: input.tenantId,
        hallId: a.hallId,
        date: a.date,
        body: rota,
        expectedVersion: current?.version,
        actor: input.actor,
        extraLedger: [entry],
        balanceGuards: [balanceGuard],
        leaveApplication: { next, expectedVersion: a.version },
        extraEvents: [leaveEvent(input.tenantId, next, 'leave-request.approved')],
      });
      return next;
    } catch (error) {
      // Decided meanwhile (the plan may then fail on the rota that decision wrote): that decision
      // stands. Else the rota moved under the save: plan again on it.
      const now = await found(deps, input.tenantId, input.staffId, input.id);
      if (now.state !== 'requested') throw new LeaveApplicationClosedError(now.id, now.state);
      const overtaken =
        error instanceof LeaveApplicationChangedError ||
        error instanceof RotaStaleError ||
        error instanceof RotaPlacesChangedError ||
        error instanceof TimeOffBalanceChangedError;
      if (!overtaken || attempt >= APPROVE_ATTEMPTS) throw error;
      await (deps.sleep ?? sleep)(20 * attempt);
    }
  }
}

/** A section manager refuses, with a reason; the request's version guards against a second decision. */
export async function refuseLeave(
  deps: LeaveDeps,
  input: { tenantId: string; staffId: string; id: string; actor: string; reason: string },
): Promise<LeaveApplication> {
  return close(deps, input, 'refused');
}

/** The requester withdraws a request not yet decided. */
export async function withdrawLeave(
  deps: LeaveDeps,
  input: { tenantId: string; staffId: string; id: string; actor: string },
): Promise<LeaveApplication> {
  return close(deps, input, 'withdrawn');
}

async function close(
  deps: LeaveDeps,
  input: { tenantId: string; staffId: string; id: string; actor: string; reason?: string },
  to: 'refused' | 'withdrawn',
): Promise<LeaveApplication> {
  const a = await found(deps, input.tenantId, input.staffId, input.id);
  const next = moveLeaveApplication(a, {
    to,
    at: toShanghaiIso(deps.now()),
    by: input.actor,
    ...(input.reason !== undefined ? { reason: input.reason } : {}),
  });
  try {
    await deps.leaveApplications.close(
      input.tenantId,
      next,
      a.version,
      leaveEvent(input.tenantId, next, `leave-request.${to}`),
    );
  } catch (error) {
    if (!(error instanceof LeaveApplicationChangedError)) throw error;
    const now = await found(deps, input.tenantId, input.staffId, input.id);
    throw new LeaveApplicationClosedError(now.id, now.state);
  }
  return next;
}

/** 我的调休: the balance, the ledger and the member's requests (newest first). */
export async function myTimeOff(
  deps: LeaveDeps,
  input: { tenantId: string; staffId: string },
): Promise<{ balanceMinutes: number; entries: TimeOffEntry[]; requests: LeaveApplication[] }> {
  const [entries, requests] = await Promise.all([
    deps.rotaStore.timeOffLedger(input.tenantId, input.staffId),
    deps.leaveApplications.ofStaff(input.tenantId, input.staffId, 50),
  ]);
  return { balanceMinutes: timeOffBalance(entries), entries, requests };
}

/** 调休审批: the tenant's pending requests, by leave date. */
export async function pendingLeave(
  deps: LeaveDeps,
  input: { tenantId: string },
): Promise<LeaveApplication[]> {
  return deps.leaveApplications.pending(input.tenantId);
}
