import type { ConfigStore, StoreHealth } from '@openhall/domain';
import type { BookingApiService } from '@openhall/services';
import type { TokenVerifier } from './auth/token-verifier.js';

/** What the HTTP app needs from the outside world; Lambda and the local runtime wire it differently. */
export interface ApiDeps {
  configStore: ConfigStore;
  verifier: TokenVerifier;
  /** The citizen booking use cases (JSON API and pages). */
  bookingService: BookingApiService;
  /** The health check's one cheap read of the store (`GET /healthz`). */
  storeHealth: StoreHealth;
  /** The most one request may take (`REQUEST_DEADLINE_MS` unless given); load tests that queue on purpose raise it. */
  requestDeadlineMs?: number;
  /** The clock; tests pass a fixed one. */
  now: () => Date;
}
