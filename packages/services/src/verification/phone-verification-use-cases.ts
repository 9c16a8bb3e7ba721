import type { BookingStore, StartPhoneVerificationRequest } from '@openhall/domain';
import { confirmPhoneVerification } from './confirm-phone-verification.js';
import { listMyBookings } from './list-my-bookings.js';
import { startPhoneVerification } from './start-phone-verification.js';
import type { VerificationDeps } from './verification-deps.js';

/** The phone verification use cases, one call each: what the JSON API and the pages hold. */
export class PhoneVerificationUseCases {
  constructor(private readonly deps: VerificationDeps & { bookingStore: BookingStore }) {}

  start(tenantId: string, request: StartPhoneVerificationRequest, options: { clientId: string }) {
    return startPhoneVerification(this.deps, { tenantId, request, clientId: options.clientId });
  }

  confirm(tenantId: string, verificationId: string, code: string) {
    return confirmPhoneVerification(this.deps, { tenantId, verificationId, code });
  }

  myBookings(tenantId: string, input: { phone: string; proof: string }, options: { clientId?: string } = {}) {
    return listMyBookings(this.deps, { tenantId, ...input, ...options });
  }
}
