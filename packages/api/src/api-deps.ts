import type { ConfigStore } from '@openhall/domain';
import type { BookingApiService, PhoneVerificationUseCases } from '@openhall/services';
import type { TokenVerifier } from './auth/token-verifier.js';

/** What the HTTP app needs from the outside world; Lambda and the local runtime wire it differently. */
export interface ApiDeps {
  configStore: ConfigStore;
  verifier: TokenVerifier;
  /** The citizen booking use cases (JSON API and pages). */
  bookingService: BookingApiService;
  /** SMS codes for a citizen's phone, and "my bookings" for a confirmed phone. */
  phoneVerification: PhoneVerificationUseCases;
  /** The clock; tests pass a fixed one. */
  now: () => Date;
}
