import type {
  BookingStore,
  ConfigStore,
  NationalScheduleStore,
  ReportStore,
  StoreHealth,
} from '@openhall/domain';
import type { BookingApiService, PhoneVerificationUseCases } from '@openhall/services';
import type { TokenVerifier } from './auth/token-verifier.js';

/** What the HTTP app needs from the outside world; Lambda and the local runtime wire it differently. */
export interface ApiDeps {
  configStore: ConfigStore;
  /** The platform's national schedules (State Council), shared by every tenant. */
  nationalScheduleStore: NationalScheduleStore;
  /** Read and marked by configuration changes that strand active bookings. */
  bookingStore: BookingStore;
  verifier: TokenVerifier;
  /** The citizen booking use cases (JSON API and pages). */
  bookingService: BookingApiService;
  /** The health check's one cheap read of the store (`GET /healthz`). */
  storeHealth: StoreHealth;
  /** The most one request may take (`REQUEST_DEADLINE_MS` unless given); load tests that queue on purpose raise it. */
  requestDeadlineMs?: number;
  /** SMS codes for a citizen's phone, and "my bookings" for a confirmed phone. */
  phoneVerification: PhoneVerificationUseCases;
  /** The report counters the events keep, read by the district and provincial reports. */
  reportStore: ReportStore;
  /** The clock; tests pass a fixed one. */
  now: () => Date;
}
