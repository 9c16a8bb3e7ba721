import type { DomainEvent } from '../events/domain-event.js';
import type { LocalDate } from '../shared/primitives.js';

/** A booking the lateness check found not checked in after its start (shown on its window's board). */
export interface LateBooking {
  code: string;
  hallId: string;
  windowId: string;
  date: LocalDate;
  start: string;
  flaggedAt: string;
}

/** Port for the late flags and the day-closed markers the scheduled jobs write. */
export interface JobStore {
  /** Writes the flag with its `booking.late` event in one transaction; `exists` if flagged already. */
  flagLate(late: LateBooking, event: DomainEvent): Promise<'flagged' | 'exists'>;
  /** The late flags of one day, one Query. */
  lateOn(tenantId: string, date: LocalDate): Promise<LateBooking[]>;
  /** Writes a tenant's day-closed marker with its `day.closed` event; `exists` when closed already. */
  closeDay(tenantId: string, date: LocalDate, event: DomainEvent): Promise<'closed' | 'exists'>;
  /** Writes an event that is itself the change (a job's report), once per event id. */
  publish(event: DomainEvent): Promise<'published' | 'exists'>;
}
