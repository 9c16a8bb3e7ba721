import type { BookingNoticeSnapshot } from '../booking/booking-notice-snapshot.js';
import type { Booking } from '../booking/booking-schemas.js';
import type { PlacesTaken } from '../booking/window-places.js';
import type { LocalDate, LocalTime } from '../shared/primitives.js';

/** A booking as stored: the booking, the version its optimistic checks use, its person and notice. */
export interface StoredBooking {
  booking: Booking;
  /** Starts at 1; every change adds one. */
  version: number;
  /** Keyed hash of the applicant's phone (never the phone itself): names the person's ledger. */
  personId: string;
  /** The one-time notice as given when booked or last moved (materials, where to go). */
  notice: BookingNoticeSnapshot;
}

/**
 * Which place counters to read: some windows of one hall on one day (every window when `windowIds`
 * is left out), optionally only the buckets from `from` to `to` of those windows (bucket starts,
 * both included). What is read is those windows' buckets alone, never the rest of the hall-day.
 */
export interface PlacesQuery {
  hallId: string;
  date: LocalDate;
  windowIds?: readonly string[];
  from?: LocalTime;
  to?: LocalTime;
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

/** How long an Idempotency-Key binds its first request: a client retries within minutes, not days. */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;

/** What an Idempotency-Key was first used for. */
export interface IdempotencyRecord {
  key: string;
  /** Keyed hash of the request it first came with. */
  requestHash: string;
  /** The booking that request made. */
  code: string;
  /** Epoch seconds, `IDEMPOTENCY_TTL_SECONDS` after its write; an expired record no longer binds the key. */
  expiresAt: number;
}

/** What a booking write is decided on, read together before it. */
export interface WriteContext {
  ledger: PersonLedger;
  /** Places taken in the counters asked for (`places`); empty when none were asked for. */
  taken: PlacesTaken;
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
  /** Its `windowId` names the window whose buckets it takes, one place in each its slot covers. */
  booking: Booking;
  personId: string;
  notice: BookingNoticeSnapshot;
  /** Places the asking channel may fill in each bucket of that window (its people less the holdback). */
  placeLimit: number;
  idempotency: { key: string; requestHash: string };
  ledger: LedgerWrite;
  /** Stamps the records' expiry; an expired idempotency record may be replaced. */
  now: Date;
  /**
   * The version of the hall-day's rota the places were read from (0 or absent: the day had none).
   * The write lands only if no rota saved since took places from its window (`rota_changed`).
   */
  rotaVersion?: number;
}

/** Why a create did not land; the caller decides what each means (retry, replay, refuse). */
export type CreateBookingOutcome =
  | 'created'
  | 'slot_full'
  | 'idempotency_key_taken'
  | 'code_taken'
  | 'ledger_changed'
  | 'rota_changed'
  | 'conflict';

export interface RescheduleBookingWrite {
  before: StoredBooking;
  /** Same code, matter and hall; a new start and end, and the window it is now assigned to. */
  after: Booking;
  /** The one-time notice as of the move. */
  notice: BookingNoticeSnapshot;
  /** Places the asking channel may fill in each bucket of the new window. */
  placeLimit: number;
  ledger: LedgerWrite;
  now: Date;
  /** The version of the new hall-day's rota the places were read from, as for a create. */
  rotaVersion?: number;
}

export type RescheduleBookingOutcome =
  | 'rescheduled'
  | 'slot_full'
  | 'rota_changed'
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

/** A booking marked stranded by a confirmed configuration change; its places and ledger stay as they are. */
export interface MarkStrandedWrite {
  before: StoredBooking;
  /** Still booked, with `stranded` set and a history entry saying who and when. */
  after: Booking;
}

export type MarkStrandedOutcome = 'marked' | 'booking_changed';

/**
 * Port for booking persistence. Every write is one transaction that moves the place counters (one
 * per window and 5-minute bucket), the booking, the idempotency record and the person's ledger
 * together, so a window's people are never sold twice at one moment; a write that does not land
 * answers why instead of throwing (`conflict`: another transaction got in the way and nothing was
 * written; `slot_full`: a bucket of the chosen window filled meanwhile).
 */
export interface BookingStore {
  /**
   * Places taken per window and bucket of one hall-day, strongly consistent; reads the counters of
   * the windows and buckets asked for and no others, so its cost does not grow with the rest of the day.
   */
  placesTaken(tenantId: string, query: PlacesQuery): Promise<PlacesTaken>;
  getBooking(tenantId: string, code: string): Promise<StoredBooking | undefined>;
  getLedger(tenantId: string, personId: string): Promise<PersonLedger>;
  getIdempotency(tenantId: string, key: string): Promise<IdempotencyRecord | undefined>;
  /**
   * A person's ledger, (when `idempotencyKey` is given) its record and (when `places` is given) the
   * place counters, strongly consistent and read side by side: a full slot is answered without a write.
   */
  writeContext(
    tenantId: string,
    query: { personId: string; idempotencyKey?: string; places?: PlacesQuery },
  ): Promise<WriteContext>;
  /** The 预约台账: a hall's bookings of one day (every status), ordered by start. */
  bookingsOfHallDay(tenantId: string, hallId: string, date: LocalDate): Promise<StoredBooking[]>;
  createBooking(write: CreateBookingWrite): Promise<CreateBookingOutcome>;
  rescheduleBooking(write: RescheduleBookingWrite): Promise<RescheduleBookingOutcome>;
  cancelBooking(write: CancelBookingWrite): Promise<CancelBookingOutcome>;
  /** Writes the marked booking only over the version read and only while it is still booked. */
  markStranded(write: MarkStrandedWrite): Promise<MarkStrandedOutcome>;
}
