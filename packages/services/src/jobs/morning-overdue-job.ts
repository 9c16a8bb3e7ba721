import {
  addDays,
  type ConfigStore,
  type JobStore,
  newEvent,
  type OnceStore,
  type OverdueListItem,
  type OverdueSource,
  type StaffAlertStore,
  type StaffAlerts,
  shanghaiDateOf,
} from '@openhall/domain';
import { raiseStaffAlerts } from '../alerts/raise-staff-alerts.js';
import { runOnce } from '../events/run-once.js';

export interface MorningDeps {
  configStore: Pick<ConfigStore, 'listTenants' | 'getConfig'>;
  jobStore: JobStore;
  staffAlerts: StaffAlerts;
  alertStore: StaffAlertStore;
  onceStore: OnceStore;
  now: () => Date;
}

/** Late bookings flagged by the lateness check yesterday, each owned by its window. */
export function lateBookingsSource(jobStore: Pick<JobStore, 'lateOn'>): OverdueSource {
  return {
    async overdue(tenantId, today) {
      const late = await jobStore.lateOn(tenantId, addDays(today, -1));
      return late.map((l) => ({
        kind: 'late-booking' as const,
        id: l.code,
        ownerId: l.windowId,
        dueAt: l.start,
        owner: { windowId: l.windowId, sectionManagers: true },
      }));
    },
  };
}

/**
 * The morning job (08:30 Asia/Shanghai, before opening): for every tenant, the overdue items of all
 * sources as one `overdue.listed` event; each item, and each one near its deadline, on its owners'
 * alert lists (我的提醒, once per member and item stage however often the job runs); and, when
 * anything is overdue, one SMS to the section managers with the count. Once per tenant and day.
 */
export async function runMorningOverdueJob(
  deps: MorningDeps,
  sources: readonly OverdueSource[],
): Promise<{ tenants: number; items: number }> {
  const now = deps.now();
  const today = shanghaiDateOf(now);
  let total = 0;
  const tenants = await deps.configStore.listTenants();
  for (const { id: tenantId } of tenants) {
    const found = (await Promise.all(sources.map((s) => s.overdue(tenantId, today)))).flat();
    await raiseStaffAlerts(
      deps,
      tenantId,
      found.map((i) => ({
        kind: i.kind,
        subjectId: i.id,
        stage: i.kind === 'late-booking' ? 'late' : i.near ? 'near' : 'past',
        dueAt: i.dueAt,
        owner: i.owner,
      })),
      now,
    );
    const items: OverdueListItem[] = found
      .filter((i) => !i.near)
      .map((i) => ({ kind: i.kind, id: i.id, ownerId: i.ownerId }));
    total += items.length;
    const event = newEvent({
      type: 'overdue.listed',
      eventId: `overdue.${today}`,
      tenantId,
      at: now,
      actor: 'system',
      subjectId: today,
      data: { date: today, items: items.slice(0, 500) },
    });
    await deps.jobStore.publish(event);
    if (items.length === 0) continue;
    await runOnce(deps.onceStore, { tenantId, scope: 'overdue-alert', key: today, now }, () =>
      deps.staffAlerts.tellSectionManagers(tenantId, {
        templateKey: 'overdue-list',
        params: { date: today, count: String(items.length) },
        idempotencyKey: `overdue.${tenantId}.${today}`,
      }),
    );
  }
  return { tenants: tenants.length, items: total };
}
