import { type BookingView, bookingView } from '@openhall/domain';
import type { BookingDeps } from './booking-deps.js';
import { type OwnedBookingQuery, ownedBooking } from './owned-booking.js';

/**
 * The caller's booking with the notice it was given, if the phone matches; otherwise
 * `booking_not_found`. Look-ups count against the caller's rate limit.
 */
export async function findBooking(
  deps: Pick<
    BookingDeps,
    'configStore' | 'nationalScheduleStore' | 'bookingStore' | 'rateLimiter' | 'hasher' | 'now'
  >,
  input: OwnedBookingQuery,
): Promise<BookingView> {
  const { config, owned } = await ownedBooking(deps, input, deps.now());
  return bookingView(config, owned);
}
