import type { Booking } from '../booking/booking-schemas.js';
import type { LocalDate, LocalTime } from '../shared/primitives.js';

/** A booking as stored: the booking, the version its optimistic checks use, and its person. */
export interface StoredBooking {
  booking: Booking;
  /** Starts at 1; every change adds one. */
  version: number;
  /** Keyed hash of the applicant's phone (never the phone itself): names the person's ledger. */
  personId: string;
}

/** One active booking in a person's ledger: enough to count it against the per-person limits. */
export interface LedgerEntry {
  code: string;
  matterId: string;
  hallId: string;
  date: LocalDate;
  /** ISO 8601 +08:00; the entry stops counting once this has passed. */
  end: string;
}

/** The bookings one person (one phone) holds; `version` 0 when nothing is stored yet. */
export interface PersonLedger {
  version: number;
  entries: LedgerEntry[];
}

/** What an Idempotency-Key was first used for. */
export interface IdempotencyRecord {
  key: string;
  /** Keyed hash of the request it first came with. */
  requestHash: string;
  /** The booking that request made. */
  code: string;
  /** Epoch seconds; an expired record no longer binds the key. */
  expiresAt: number;
}

/** What a booking write is decided on, read together before it. */
export interface WriteContext {
  ledger: PersonLedger;
  /** Places already taken in the slot being booked. */
  slotTaken: number;
  /** Present when an Idempotency-Key was asked about and a record holds it. */
  idempotency?: IdempotencyRecord;
}

/** The new state of a person's ledger, written only if it is still at `expectedVersion`. */
export interface LedgerWrite {
  personId: string;
  expectedVersion: number;
  entries: LedgerEntry[];
}

export interface CreateBookingWrite {
  booking: Booking;
  personId: string;
  /** Places the asking channel may fill in this slot (capacity minus the holdback for online). */
  slotLimit: number;
  idempotency: { key: string; requestHash: string };
  ledger: LedgerWrite;
  /** Stamps the records' expiry; an expired idempotency record may be replaced. */
  now: Date;
}

/** Why a create did not land; the caller decides what each means (retry, replay, refuse). */
export type CreateBookingOutcome =
  | 'created'
  | 'slot_full'
  | 'idempotency_key_taken'
  | 'code_taken'
  | 'ledger_changed'
  | 'conflict';

export interface RescheduleBookingWrite {
  before: StoredBooking;
  /** Same code, matter and hall; a new start and end. */
  after: Booking;
  /** Places the asking channel may fill in the new slot. */
  slotLimit: number;
  ledger: LedgerWrite;
  now: Date;
}

export type RescheduleBookingOutcome =
  | 'rescheduled'
  | 'slot_full'
  | 'booking_changed'
  | 'ledger_changed'
  | 'conflict';

export interface CancelBookingWrite {
  before: StoredBooking;
  /** Status `cancelled`. */
  after: Booking;
  ledger: LedgerWrite;
  now: Date;
}

export type CancelBookingOutcome = 'cancelled' | 'booking_changed' | 'ledger_changed' | 'conflict';

/**
 * Port for booking persistence. Every write is one transaction that moves the slot counters, the
 * booking, the idempotency record and the person's ledger together, so capacity is never sold
 * twice; a write that does not land answers why instead of throwing (`conflict`: another
 * transaction got in the way and nothing was written).
 */
export interface BookingStore {
  /** Places taken per slot start (`HH:MM`) of one matter in one hall on one day: one read. */
  slotsTaken(
    tenantId: string,
    hallId: string,
    matterId: string,
    date: LocalDate,
  ): Promise<Map<LocalTime, number>>;
  /** Places taken in one slot, strongly consistent. */
  slotTaken(tenantId: string, slot: { hallId: string; matterId: string; start: string }): Promise<number>;
  getBooking(tenantId: string, code: string): Promise<StoredBooking | undefined>;
  getLedger(tenantId: string, personId: string): Promise<PersonLedger>;
  getIdempotency(tenantId: string, key: string): Promise<IdempotencyRecord | undefined>;
  /**
   * A person's ledger, a slot's counter and (when `idempotencyKey` is given) its record in one
   * strongly consistent round trip: a full slot is answered without a write.
   */
  writeContext(
    tenantId: string,
    query: {
      personId: string;
      slot: { hallId: string; matterId: string; start: string };
      idempotencyKey?: string;
    },
  ): Promise<WriteContext>;
  /** The 预约台账: a hall's bookings of one day (every status), ordered by start. */
  bookingsOfHallDay(tenantId: string, hallId: string, date: LocalDate): Promise<StoredBooking[]>;
  createBooking(write: CreateBookingWrite): Promise<CreateBookingOutcome>;
  rescheduleBooking(write: RescheduleBookingWrite): Promise<RescheduleBookingOutcome>;
  cancelBooking(write: CancelBookingWrite): Promise<CancelBookingOutcome>;
}
