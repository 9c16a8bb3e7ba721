import { type Booking, BookingSchema, type StoredBooking } from '@openhall/domain';
import { z } from 'zod';
import { bookingKey, hallDayBookingKeys } from './booking-keys.js';
import { StoredItemInvalidError } from './errors.js';
import type { TableKey } from './keys.js';

/** A booking as stored: the booking's own fields plus its keys, version and person. */
export type BookingItem = TableKey &
  Booking & {
    gsi1pk: string;
    gsi1sk: string;
    entity: 'Booking';
    version: number;
    /** Keyed hash of the phone; the phone itself is only in `applicant`. */
    personId: string;
  };

/** Builds the item of a booking at `version`; the `gsi1` keys follow its start, so a reschedule moves it. */
export function bookingItem(stored: StoredBooking): BookingItem {
  const { booking } = stored;
  return {
    ...bookingKey(booking.tenantId, booking.code),
    ...hallDayBookingKeys(booking.tenantId, booking),
    entity: 'Booking',
    version: stored.version,
    personId: stored.personId,
    ...booking,
  };
}

const StoredBookingItemSchema = z.object({
  version: z.number().int().min(1),
  personId: z.string().min(1),
});

/** Reads a booking item back, checking it against the schema the API answers with. */
export function storedBookingOf(item: Record<string, unknown>): StoredBooking {
  const meta = StoredBookingItemSchema.safeParse(item);
  const booking = BookingSchema.safeParse(item);
  if (!meta.success) throw new StoredItemInvalidError('booking', { cause: meta.error });
  if (!booking.success) throw new StoredItemInvalidError('booking', { cause: booking.error });
  return { booking: booking.data, version: meta.data.version, personId: meta.data.personId };
}
