import { type Booking, BookingSchema, type TenantConfig } from '@openhall/domain';
import type { z } from 'zod';
import { BookingNoticeSchema, bookingNotice } from './booking-notice.js';

/** A booking as the citizen gets it back: the booking and its one-time notice (一次告知). */
export const BookingViewSchema = BookingSchema.extend({ notice: BookingNoticeSchema }).meta({
  id: 'BookingView',
});
export type BookingView = z.infer<typeof BookingViewSchema>;

export function bookingView(config: TenantConfig, booking: Booking): BookingView {
  return { ...booking, notice: bookingNotice(config, booking) };
}
