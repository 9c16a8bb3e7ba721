import type { StaffAlertItem } from '../alerts/staff-alert-item.js';

/** What marking an alert read found: done now, done before, or no such alert of this member. */
export type MarkReadOutcome = 'read' | 'already-read' | 'not-found';

/**
 * Port of the staff alert lists (我的提醒). Raising is idempotent per member and alert id (a read alert
 * is not raised again); a member's open alerts are one narrow read.
 */
export interface StaffAlertStore {
  /** Writes each alert not yet on its member's list; returns how many were new. */
  raise(items: readonly StaffAlertItem[]): Promise<number>;
  /** A member's open alerts, oldest raised first, at most `limit`. */
  openFor(tenantId: string, staffId: string, limit: number): Promise<StaffAlertItem[]>;
  /** One alert of a member, open or read. */
  get(tenantId: string, staffId: string, alertId: string): Promise<StaffAlertItem | undefined>;
  markRead(tenantId: string, staffId: string, alertId: string, at: string): Promise<MarkReadOutcome>;
}
