import {
  BookingNotFoundError,
  type BookingStore,
  normalisePhone,
  type StoredBooking,
  type TenantConfig,
} from '@openhall/domain';
import type { BookingDeps } from './booking-deps.js';
import { sameText } from './keyed-hasher.js';
import { limitRate } from './rate-limit.js';
import { tenantConfigOf } from './tenant-config-of.js';

/** Which booking a citizen asks about, and who asks (without `clientId` it is not counted). */
export interface OwnedBookingQuery {
  tenantId: string;
  code: string;
  phone: string;
  clientId?: string;
}

/**
 * The start of every look-up and change: the configuration and the caller's own booking, after
 * the rate limit, so codes and phones cannot be tried in bulk.
 */
export async function ownedBooking(
  deps: Pick<
    BookingDeps,
    'configStore' | 'nationalScheduleStore' | 'bookingStore' | 'rateLimiter' | 'hasher'
  >,
  q: OwnedBookingQuery,
  now: Date,
): Promise<{ config: TenantConfig; owned: StoredBooking }> {
  const [config, found] = await Promise.all([
    tenantConfigOf(deps, q.tenantId),
    deps.bookingStore.getBooking(q.tenantId, q.code),
  ]);
  if (q.clientId !== undefined)
    await limitRate(deps, { tenantId: q.tenantId, config, clientId: q.clientId, now });
  return { config, owned: ownedBy(found, q.phone) };
}

/**
 * The booking if the phone is the applicant's; an unknown code and a wrong phone look the same.
 * Compared with the phone kept in the booking, not with its hash, so a new hash key never locks
 * citizens out of their bookings.
 */
function ownedBy(stored: StoredBooking | undefined, phone: string): StoredBooking {
  if (!stored || !sameText(stored.booking.applicant.phone, normalisePhone(phone))) {
    throw new BookingNotFoundError();
  }
  return stored;
}

/** The booking as stored now, read again after a write that did not land. */
export async function rereadBooking(
  bookingStore: BookingStore,
  tenantId: string,
  code: string,
): Promise<StoredBooking> {
  const stored = await bookingStore.getBooking(tenantId, code);
  if (!stored) throw new BookingNotFoundError();
  return stored;
}
