import {
  type Booking,
  type BookingChange,
  BookingNotActiveError,
  ChangeCutoffPassedError,
  isBeforeChangeCutoff,
  type TenantConfig,
  toShanghaiMinuteIso,
} from '@openhall/domain';

/**
 * A citizen may change a booking only while it is booked and before the change cutoff. A change
 * staff make (`byStaff`) is bound instead by the notice rule its approval checked.
 */
export function assertChangeable(config: TenantConfig, booking: Booking, now: Date, byStaff = false): void {
  if (booking.status !== 'booked') throw new BookingNotActiveError(booking.status);
  if (!byStaff && !isBeforeChangeCutoff({ start: booking.start, now, policy: config.bookingPolicy })) {
    throw new ChangeCutoffPassedError(config.bookingPolicy.changeCutoffMinutes);
  }
}

/** The booking with one more entry in its history, by `actor`, stamped at `now`. */
export function withChange(
  booking: Booking,
  now: Date,
  actor: string,
  change: Omit<BookingChange, 'at' | 'actor'>,
): Booking {
  const at = toShanghaiMinuteIso(now);
  return { ...booking, updatedAt: at, history: [...booking.history, { at, actor, ...change }] };
}
