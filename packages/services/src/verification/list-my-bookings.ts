import {
  activeEntries,
  type BookingStore,
  type MyBooking,
  type MyBookings,
  normalisePhone,
} from '@openhall/domain';
import type { BookingDeps } from '../booking/booking-deps.js';
import { sameText } from '../booking/keyed-hasher.js';
import { limitRate } from '../booking/rate-limit.js';
import { tenantConfigOf } from '../booking/tenant-config-of.js';
import { provenVerification } from './phone-proof.js';
import type { VerificationDeps } from './verification-deps.js';

/**
 * "My bookings" (我的预约): every active booking of a confirmed phone in the tenant, read from the
 * person's ledger (one item, keyed by the phone's keyed hash) and the bookings it names, ordered by
 * start. Each booking is checked to be this phone's and still booked.
 */
export async function listMyBookings(
  deps: Pick<
    VerificationDeps,
    'configStore' | 'nationalScheduleStore' | 'verificationStore' | 'hasher' | 'now' | 'rateLimiter'
  > & {
    bookingStore: BookingStore;
  } & Pick<BookingDeps, 'hasher'>,
  input: { tenantId: string; phone: string; proof: string; clientId?: string },
): Promise<MyBookings> {
  const { tenantId } = input;
  const phone = normalisePhone(input.phone);
  const now = deps.now();
  const config = await tenantConfigOf(deps, tenantId);
  if (input.clientId !== undefined)
    await limitRate(deps, { tenantId, config, clientId: input.clientId, now });
  const proven = await provenVerification(deps, {
    tenantId,
    proof: input.proof,
    phone,
    purpose: 'my-bookings',
  });
  const ledger = await deps.bookingStore.getLedger(tenantId, proven.personId);
  const stored = await Promise.all(
    activeEntries(ledger, now).map((e) => deps.bookingStore.getBooking(tenantId, e.code)),
  );
  const bookings: MyBooking[] = stored
    .filter((s) => s !== undefined)
    .map((s) => s.booking)
    .filter((b) => b.status === 'booked' && sameText(b.applicant.phone, phone))
    .map((b) => ({
      code: b.code,
      matterId: b.matterId,
      hallId: b.hallId,
      start: b.start,
      end: b.end,
      status: b.status,
    }))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return { bookings };
}
