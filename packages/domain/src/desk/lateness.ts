import type { Booking } from '../booking/booking-schemas.js';
import type { BookingPolicy } from '../tenant/booking-policy.js';

/**
 * 迟到: a booking still booked (not checked in, not closed) `lateLimitMinutes` after its start.
 * The one rule the lateness list, the window's board and the scheduled flagging all ask.
 * @example isLate(booking, { lateLimitMinutes: 30 }, now) // true from start + 30 min on
 */
export function isLate(
  booking: Pick<Booking, 'status' | 'start'>,
  policy: Pick<BookingPolicy, 'lateLimitMinutes'>,
  now: Date,
): boolean {
  return (
    booking.status === 'booked' &&
    now.getTime() >= Date.parse(booking.start) + policy.lateLimitMinutes * 60_000
  );
}
