import { NotFoundError, type TimeOffEntry, timeOffBalance } from '@openhall/domain';
import { tenantConfigOf } from '../booking/tenant-config-of.js';
import type { RotaDeps } from './rota-deps.js';

/** A person's time off in lieu: the ledger (one Query) and the balance of leave in minutes. */
export async function timeOffLedger(
  deps: Pick<RotaDeps, 'configStore' | 'nationalScheduleStore' | 'rotaStore'>,
  input: { tenantId: string; staffId: string },
): Promise<{ staffId: string; balanceMinutes: number; entries: TimeOffEntry[] }> {
  const config = await tenantConfigOf(deps, input.tenantId);
  if (!config.staff.some((s) => s.id === input.staffId)) {
    throw new NotFoundError(`staff member "${input.staffId}"`, 'staff_not_found');
  }
  const entries = await deps.rotaStore.timeOffLedger(input.tenantId, input.staffId);
  return { staffId: input.staffId, balanceMinutes: timeOffBalance(entries), entries };
}
