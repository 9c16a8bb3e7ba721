import {
  alertRecipients,
  type ConfigStore,
  type StaffAlertItem,
  type StaffAlertRaise,
  type StaffAlertStore,
  staffAlertId,
  toShanghaiIso,
} from '@openhall/domain';

export interface RaiseStaffAlertsDeps {
  configStore: Pick<ConfigStore, 'getConfig'>;
  alertStore: StaffAlertStore;
}

/**
 * Puts each item on the alert list (我的提醒) of every member it belongs to (`alertRecipients`), once:
 * the alert id is the item and its stage, so the lateness check and the morning job, or one job run
 * twice, raise one alert per member. Returns how many were new.
 */
export async function raiseStaffAlerts(
  deps: RaiseStaffAlertsDeps,
  tenantId: string,
  raises: readonly StaffAlertRaise[],
  now: Date,
): Promise<number> {
  if (raises.length === 0) return 0;
  const staff = (await deps.configStore.getConfig(tenantId))?.config.staff ?? [];
  const raisedAt = toShanghaiIso(now);
  const items: StaffAlertItem[] = raises.flatMap((r) =>
    alertRecipients(staff, r.owner).map((staffId) => ({
      tenantId,
      staffId,
      alertId: staffAlertId(r.kind, r.subjectId, r.stage, r.dueAt),
      kind: r.kind,
      subjectId: r.subjectId,
      stage: r.stage,
      dueAt: r.dueAt,
      ...(r.owner.windowId ? { windowId: r.owner.windowId } : {}),
      ...(r.owner.departmentId ? { departmentId: r.owner.departmentId } : {}),
      raisedAt,
      raisedBy: 'system' as const,
    })),
  );
  return deps.alertStore.raise(items);
}
