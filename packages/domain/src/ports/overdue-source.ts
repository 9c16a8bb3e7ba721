import type { AlertOwner, StaffAlertKind } from '../alerts/staff-alert-item.js';
import type { LocalDate } from '../shared/primitives.js';

/** Something overdue, owned by a window or a section: ids only. */
export interface OverdueListItem {
  /** What it is: `late-booking` now; later features add theirs (an unanswered complaint ...). */
  kind: string;
  id: string;
  /** The window (or section) whose screen lists it. */
  ownerId: string;
}

/**
 * An item of a source, with what its owners' alert lists need: the deadline (or a late booking's
 * start), whose it is, and whether it is only near its deadline (listed on the owners' alerts, not
 * in the overdue list).
 */
export interface OverdueSourceItem extends OverdueListItem {
  kind: StaffAlertKind;
  dueAt: string;
  owner: AlertOwner;
  near?: boolean;
}

/**
 * Port of one source of the morning overdue list. Later features add a source each (service records
 * past their time limit, unanswered bad ratings); the lateness check's late bookings are the first.
 */
export interface OverdueSource {
  overdue(tenantId: string, today: LocalDate): Promise<OverdueSourceItem[]>;
}
