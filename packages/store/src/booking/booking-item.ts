import {
  type Booking,
  type BookingNoticeSnapshot,
  BookingNoticeSnapshotSchema,
  BookingSchema,
  type StoredBooking,
} from '@openhall/domain';
import { z } from 'zod';
import { StoredItemInvalidError } from '../table/errors.js';
import type { TableKey } from '../table/keys.js';
import { bookingKey, hallDayBookingKeys } from './booking-keys.js';

/** A booking as stored: the booking's own fields plus its keys, version and person. */
export type BookingItem = TableKey &
  Booking & {
    gsi1pk: string;
    gsi1sk: string;
    entity: 'Booking';
    version: number;
    /** Keyed hash of the phone; the phone itself is only in `applicant`. */
    personId: string;
    /** The one-time notice as given when booked or last moved. */
    notice: BookingNoticeSnapshot;
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
    notice: stored.notice,
    ...booking,
  };
}

const StoredBookingItemSchema = z.object({
  version: z.number().int().min(1),
  personId: z.string().min(1),
  notice: BookingNoticeSnapshotSchema,
});

/** Reads a booking item back, checking it against the schema the API answers with. */
export function storedBookingOf(item: Record<string, unknown>): StoredBooking {
  const meta = StoredBookingItemSchema.safeParse(item);
  const booking = BookingSchema.safeParse(item);
  if (!meta.success) throw new StoredItemInvalidError('booking', { cause: meta.error });
  if (!booking.success) throw new StoredItemInvalidError('booking', { cause: booking.error });
  const { version, personId, notice } = meta.data;
  return { booking: booking.data, version, personId, notice };
}
