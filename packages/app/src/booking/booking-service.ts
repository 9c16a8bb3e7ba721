import type { Availability, Booking, BookingChannel, CreateBookingRequest } from '@openhall/domain';

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
}

/**
 * The citizen booking use cases, shared by the JSON API and the pages. Rule failures reject with
 * the named errors of `@openhall/domain` (booking-errors.ts), each carrying its stable `code`.
 */
export interface BookingService {
  availability(tenantId: string, query: AvailabilityQuery, channel: BookingChannel): Promise<Availability>;
  create(
    tenantId: string,
    request: CreateBookingRequest,
    options: CreateBookingOptions,
  ): Promise<{ booking: Booking; created: boolean }>;
  /** The booking if `phone` matches; otherwise `booking_not_found` (never reveal that a code exists). */
  find(tenantId: string, code: string, phone: string): Promise<Booking>;
  cancel(tenantId: string, code: string, input: { phone: string; reason?: string }): Promise<Booking>;
  reschedule(tenantId: string, code: string, input: { phone: string; start: string }): Promise<Booking>;
}
