import type { z } from 'zod';
import type { StoredBooking } from '../ports/booking-store.js';
import type { TenantConfig } from '../tenant/tenant-config.js';
import { BookingNoticeSchema, bookingNotice } from './booking-notice.js';
import { BookingSchema } from './booking-schemas.js';

/** A booking as the citizen gets it back: the booking and its one-time notice (一次告知). */
export const BookingViewSchema = BookingSchema.extend({ notice: BookingNoticeSchema }).meta({
  id: 'BookingView',
});
export type BookingView = z.infer<typeof BookingViewSchema>;

/** The booking with the notice it was given (kept with it), not one rebuilt from today's configuration. */
export function bookingView(
  config: TenantConfig,
  stored: Pick<StoredBooking, 'booking' | 'notice'>,
): BookingView {
  return { ...stored.booking, notice: bookingNotice(config, stored.booking, stored.notice) };
}
