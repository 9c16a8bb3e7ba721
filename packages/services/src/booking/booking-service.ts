import type {
  Availability,
  AvailabilityView,
  Booking,
  BookingChannel,
  BookingView,
  CreateBookingRequest,
} from '@openhall/domain';

/** The actor a citizen route records in a booking's history. */
export const CITIZEN_ACTOR = 'citizen';

export interface AvailabilityQuery {
  matterId: string;
  hallId: string;
  date: string;
}

export interface CreateBookingOptions {
  /** Same key and same body: the same booking back; same key, other body: `idempotency_key_reused`. */
  idempotencyKey: string;
  channel: BookingChannel;
  /** Who is asking (hashed client address), for the per-client rate limit. Never logged in clear. */
  clientId: string;
  /** Recorded in the booking's history: `citizen` unless a staff member books at the desk or phone. */
  actor?: string;
}

/** Who asks for a change; without `clientId` the change is not counted against the rate limit. */
export interface ChangeBookingOptions {
  clientId?: string;
  /** Recorded in the booking's history: `citizen` unless a staff member changes it. */
  actor?: string;
}

export interface RescheduleBookingOptions extends ChangeBookingOptions {
  /** Through which the move is asked (the citizen routes: `online`): the new slot is checked and counted for it. */
  channel: BookingChannel;
}

/**
 * The citizen booking use cases, shared by the JSON API and the pages. Rule failures reject with
 * the named errors of `@openhall/domain` (booking-errors.ts), each carrying its stable `code`.
 * The type parameters let an implementation answer richer shapes (the real one answers
 * `BookingView` and `AvailabilityView`, see `BookingApiService`) while code that needs only the
 * booking keeps the plain `BookingService`.
 */
export interface BookingService<B extends Booking = Booking, A extends Availability = Availability> {
  availability(tenantId: string, query: AvailabilityQuery, channel: BookingChannel): Promise<A>;
  create(
    tenantId: string,
    request: CreateBookingRequest,
    options: CreateBookingOptions,
  ): Promise<{ booking: B; created: boolean }>;
  /** The booking if `phone` matches; otherwise `booking_not_found` (never reveal that a code exists). */
  find(tenantId: string, code: string, phone: string, options?: ChangeBookingOptions): Promise<B>;
  /** Cancelling a cancelled booking answers it again; nothing is given back twice. */
  cancel(
    tenantId: string,
    code: string,
    input: { phone: string; reason?: string },
    options?: ChangeBookingOptions,
  ): Promise<B>;
  reschedule(
    tenantId: string,
    code: string,
    input: { phone: string; start: string },
    options: RescheduleBookingOptions,
  ): Promise<B>;
}

/** What the JSON API answers with: bookings with their one-time notice (一次告知), slots with context. */
export type BookingApiService = BookingService<BookingView, AvailabilityView>;
