import { NotFoundError, type StaffAlertItem, type StaffAlertStore, toShanghaiIso } from '@openhall/domain';

/** The most alerts a member's list shows; the badge says "99+" past it. */
export const OPEN_ALERTS_LIMIT = 100;

export interface StaffAlertUseCasesDeps {
  alertStore: StaffAlertStore;
  now: () => Date;
}

/** A signed-in member's own alert list (我的提醒): read it, mark an alert read. */
export class StaffAlertUseCases {
  constructor(private readonly deps: StaffAlertUseCasesDeps) {}

  /** The member's open alerts, oldest first (one Query). */
  open(tenantId: string, staffId: string): Promise<StaffAlertItem[]> {
    return this.deps.alertStore.openFor(tenantId, staffId, OPEN_ALERTS_LIMIT);
  }

  /** Marks one of the member's own alerts read (by them, now); read twice is the first reading. */
  async markRead(tenantId: string, staffId: string, alertId: string): Promise<StaffAlertItem> {
    const outcome = await this.deps.alertStore.markRead(
      tenantId,
      staffId,
      alertId,
      toShanghaiIso(this.deps.now()),
    );
    const item =
      outcome === 'not-found' ? undefined : await this.deps.alertStore.get(tenantId, staffId, alertId);
    if (!item) throw new NotFoundError('alert', 'alert_not_found');
    return item;
  }
}
