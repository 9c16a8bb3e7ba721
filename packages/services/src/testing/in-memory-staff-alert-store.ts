import type { MarkReadOutcome, StaffAlertItem, StaffAlertStore } from '@openhall/domain';

/** `StaffAlertStore` in memory, with the same once-per-member-and-id rule. */
export class InMemoryStaffAlertStore implements StaffAlertStore {
  readonly items = new Map<string, StaffAlertItem>();
  readonly #key = (t: string, s: string, a: string) => `${t}|${s}|${a}`;

  async raise(items: readonly StaffAlertItem[]): Promise<number> {
    let made = 0;
    for (const item of items) {
      const key = this.#key(item.tenantId, item.staffId, item.alertId);
      if (this.items.has(key)) continue;
      this.items.set(key, structuredClone(item));
      made += 1;
    }
    return made;
  }

  async openFor(tenantId: string, staffId: string, limit: number): Promise<StaffAlertItem[]> {
    return [...this.items.values()]
      .filter((i) => i.tenantId === tenantId && i.staffId === staffId && !i.readAt)
      .sort((a, b) => `${a.raisedAt}#${a.alertId}`.localeCompare(`${b.raisedAt}#${b.alertId}`))
      .slice(0, limit);
  }

  async get(tenantId: string, staffId: string, alertId: string) {
    return this.items.get(this.#key(tenantId, staffId, alertId));
  }

  async markRead(tenantId: string, staffId: string, alertId: string, at: string): Promise<MarkReadOutcome> {
    const item = this.items.get(this.#key(tenantId, staffId, alertId));
    if (!item) return 'not-found';
    if (item.readAt) return 'already-read';
    item.readAt = at;
    item.readBy = staffId;
    return 'read';
  }
}
