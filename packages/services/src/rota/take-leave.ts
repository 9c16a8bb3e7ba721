import {
  fieldErrorsOf,
  InvalidConfigError,
  LeaveRequestSchema,
  NotFoundError,
  planLeave,
  staffingRulesOf,
  timeOffBalance,
} from '@openhall/domain';
import { tenantConfigOf } from '../booking/tenant-config-of.js';
import type { RotaDayView } from './rota-day-view.js';
import type { RotaDeps } from './rota-deps.js';
import { saveRotaDay } from './save-rota-day.js';

/**
 * 调休: a person takes leave against their balance. The day's rota gets the absence and the cover
 * (one of the window's free A/B holders) on the same duties, and the ledger the minutes taken, in
 * one versioned write of the hall-day; leave beyond the balance, or from a window without cover,
 * is refused with who could cover.
 */
export async function takeLeave(
  deps: RotaDeps,
  input: { tenantId: string; staffId: string; body: unknown; actor: string },
): Promise<RotaDayView & { balanceMinutes: number }> {
  const parsed = LeaveRequestSchema.safeParse(input.body);
  if (!parsed.success)
    throw new InvalidConfigError('The leave request is not valid.', fieldErrorsOf(parsed.error));
  const request = parsed.data;
  const config = await tenantConfigOf(deps, input.tenantId);
  if (!config.staff.some((s) => s.id === input.staffId && !s.retired)) {
    throw new NotFoundError(`staff member "${input.staffId}"`, 'staff_not_found');
  }
  // The balance's version before its ledger: another leave saved meanwhile fails this save
  // (`time_off_changed`) instead of spending the same minutes twice.
  const balanceVersion = await deps.rotaStore.timeOffBalanceVersion(input.tenantId, input.staffId);
  const [ledger, current] = await Promise.all([
    deps.rotaStore.timeOffLedger(input.tenantId, input.staffId),
    deps.rotaStore.getRotaDay(input.tenantId, request.hallId, request.date),
  ]);
  const { rota, entry } = planLeave({
    rota: current ?? { assignments: [], absences: [] },
    staffId: input.staffId,
    request,
    balanceMinutes: timeOffBalance(ledger),
    abRoles: staffingRulesOf(config).abRoles,
    staff: config.staff,
  });
  const view = await saveRotaDay(deps, {
    tenantId: input.tenantId,
    hallId: request.hallId,
    date: request.date,
    body: rota,
    expectedVersion: current?.version,
    actor: input.actor,
    extraLedger: [entry],
    balanceGuards: [{ staffId: input.staffId, version: balanceVersion }],
  });
  const after = await deps.rotaStore.timeOffLedger(input.tenantId, input.staffId);
  return { ...view, balanceMinutes: timeOffBalance(after) };
}
