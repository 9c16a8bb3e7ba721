import {
  type BookingView,
  type ConfigStore,
  PhoneNotVerifiedError,
  SmsUnavailableError,
} from '@openhall/domain';
import type { BookingDeps } from '../booking/booking-deps.js';
import { type CreateBookingDeps, type CreateBookingInput, createBooking } from '../booking/create-booking.js';
import { tenantConfigOf } from '../booking/tenant-config-of.js';
import { claimBookingProof, releaseBookingProof } from './booking-proof-claim.js';

/**
 * `createBooking` behind the tenant's phone check: when `phoneVerification` is `sms`, an online
 * booking needs a booking proof for the applicant's phone, spent on this request (its
 * Idempotency-Key) and given back if the request booked nothing. Desk and phone bookings are taken
 * by staff, who check the person themselves. The proof never reaches the booking or its request hash.
 */
export async function createVerifiedBooking(
  deps: CreateBookingDeps & Pick<BookingDeps, 'verificationStore'>,
  input: CreateBookingInput,
): Promise<{ booking: BookingView; created: boolean }> {
  const { phoneProof, ...request } = input.request;
  const plain = { ...input, request };
  if (input.channel !== 'online') return createBooking(deps, plain);
  deps = { ...deps, configStore: readOnce(deps.configStore, input.tenantId) };
  const config = await tenantConfigOf(deps, input.tenantId);
  if (config.bookingPolicy.phoneVerification === 'off') return createBooking(deps, plain);
  const { verificationStore } = deps;
  if (!verificationStore) throw new SmsUnavailableError();
  if (!phoneProof) throw new PhoneNotVerifiedError();
  const claim = { tenantId: input.tenantId, proof: phoneProof, claimKey: input.idempotencyKey };
  const claimDeps = { ...deps, verificationStore };
  await claimBookingProof(claimDeps, { ...claim, phone: request.applicant.phone });
  try {
    return await createBooking(deps, plain);
  } catch (error) {
    // Nothing was booked: the proof may be used again. Should giving it back fail, the citizen asks
    // for a new code; the booking's own error is the answer either way.
    await releaseBookingProof(claimDeps, claim).catch(() => undefined);
    throw error;
  }
}

/** The store with one tenant's configuration read once: the check and the booking share the read. */
function readOnce(configStore: ConfigStore, tenantId: string): ConfigStore {
  const stored = configStore.getConfig(tenantId);
  return {
    getConfig: (t) => (t === tenantId ? stored : configStore.getConfig(t)),
    listTenants: () => configStore.listTenants(),
    saveConfig: (write) => configStore.saveConfig(write),
    listAudit: (t, options) => configStore.listAudit(t, options),
  };
}
