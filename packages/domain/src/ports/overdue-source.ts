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
 * Port of one source of the morning overdue list. Later features add a source each (service records
 * past their time limit, unanswered bad ratings); the lateness check's late bookings are the first.
 */
export interface OverdueSource {
  overdue(tenantId: string, today: LocalDate): Promise<OverdueListItem[]>;
}
