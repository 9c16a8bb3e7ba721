import type {
  AppMetrics,
  BookingStore,
  ConfigStore,
  NationalScheduleStore,
  PhoneVerificationStore,
  RateLimiter,
  RotaStore,
} from '@openhall/domain';
import type { KeyedHasher } from './keyed-hasher.js';

/**
 * What the booking use cases run on: the store ports of `@openhall/domain`, the keyed hasher and
 * the clock. Each use case takes only the part it needs, so a test hands it no more than that.
 */
export interface BookingDeps {
  configStore: ConfigStore;
  /** The platform's published national schedules, which every calendar reads. */
  nationalScheduleStore: NationalScheduleStore;
  bookingStore: BookingStore;
  /** Duty rotas: with a rota for a hall-day, a window's places are the people rostered there. */
  rotaStore?: RotaStore;
  rateLimiter: RateLimiter;
  hasher: KeyedHasher;
  /** Phone verifications (短信验证码); without it a tenant asking for them cannot take online bookings. */
  verificationStore?: PhoneVerificationStore;
  /** The clock, read once per use case; tests pass a fixed one. */
  now: () => Date;
  /** CSPRNG bytes for booking codes. */
  randomBytes?: (n: number) => Uint8Array;
  /** Waits between attempts after a lost race. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Counts bookings made (CloudWatch EMF under Lambda). */
  metrics?: AppMetrics;
}

/** What changing a booking (cancel, reschedule) runs on: its config, the stores, the rate limit and the retries. */
export type ChangeBookingDeps = Pick<
  BookingDeps,
  | 'configStore'
  | 'nationalScheduleStore'
  | 'bookingStore'
  | 'rotaStore'
  | 'rateLimiter'
  | 'hasher'
  | 'now'
  | 'sleep'
  | 'random'
>;
