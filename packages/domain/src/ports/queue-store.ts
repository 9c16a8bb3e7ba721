import type { Booking } from '../booking/booking-schemas.js';
import type { DomainEvent } from '../events/domain-event.js';
import type { Ticket } from '../queue/ticket.js';
import type { LocalDate } from '../shared/primitives.js';
import type { StoredBooking } from './booking-store.js';

/** A ticket as stored: the ticket, its version (optimistic checks) and the keyed hash of a phone given. */
export interface StoredTicket {
  ticket: Ticket;
  /** Starts at 1; every change adds one. */
  version: number;
  /** Keyed hash of the phone the citizen gave at the kiosk; the phone itself is never stored. */
  phoneHash?: string;
}

/** A ticket's first call, as the priority ratio counts it. */
export interface RecentCall {
  calledAt: string;
  number: string;
  priority: boolean;
}

/** Services finished in a hall-day: per category those with an acceptance and a completion, and their time; per window the finished count. */
export interface ServedTally {
  categories: Record<string, { count: number; serviceMs: number }>;
  windows: Record<string, number>;
}

/** A booking changed with a ticket, written only over the version and status read. */
export interface TicketBookingChange {
  before: StoredBooking;
  after: Booking;
}

export interface QueueWrite {
  ticket: StoredTicket;
  /** Each written to the outbox in the same transaction. */
  events: DomainEvent[];
  booking?: TicketBookingChange;
}

/**
 * Port of the hall's queue. Every change is one transaction: the ticket over the version read, its
 * pointer or booking where they change, and the outbox events; a lost race answers why instead of
 * throwing.
 */
export interface QueueStore {
  /** The next number of a hall-category-day: one atomic counter, so no two tickets share a number. */
  nextNumber(tenantId: string, hallId: string, date: LocalDate, categoryId: string): Promise<number>;
  /** A new ticket (with its code pointer); `code_taken` when the code is in use; `booking_changed` for a check-in that lost a race. */
  createTicket(write: QueueWrite): Promise<'created' | 'code_taken' | 'booking_changed'>;
  /** The ticket at `version + 1` over `expectedVersion`. */
  saveTicket(
    write: QueueWrite & { expectedVersion: number },
  ): Promise<'saved' | 'ticket_changed' | 'booking_changed'>;
  /** The whole queue of a hall-day, finished tickets included, strongly consistent (reports, ratings). */
  queueOf(tenantId: string, hallId: string, date: LocalDate): Promise<StoredTicket[]>;
  /**
   * The open tickets of a hall-day (queued, called, serving, parked), strongly consistent: one Query
   * whose items depend on how many are open, not on how many were served.
   */
  openQueueOf(tenantId: string, hallId: string, date: LocalDate): Promise<StoredTicket[]>;
  /** The hall-day's last `limit` first calls, newest first (the priority ratio's window). */
  recentCalls(tenantId: string, hallId: string, date: LocalDate, limit: number): Promise<RecentCall[]>;
  /**
   * The open tickets and what the hall-day has served so far (per category, for the wait estimate,
   * and per window), in one Query bounded by the open tickets and the hall's categories and windows.
   */
  liveQueueOf(
    tenantId: string,
    hallId: string,
    date: LocalDate,
  ): Promise<{ open: StoredTicket[]; served: ServedTally }>;
  /** A ticket by its code (a walk-in's, or the booking code of an appointment). */
  getTicket(tenantId: string, code: string): Promise<StoredTicket | undefined>;
}
