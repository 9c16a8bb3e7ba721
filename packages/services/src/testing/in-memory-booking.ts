import type { RateLimiter, TenantConfig } from '@openhall/domain';
import type { BookingDeps } from '../booking/booking-deps.js';
import { BookingUseCases } from '../booking/booking-use-cases.js';
import { createKeyedHasher } from '../booking/keyed-hasher.js';
import { InMemoryBookingStore } from './in-memory-booking-store.js';
import { InMemoryConfigStore } from './in-memory-config-store.js';
import { InMemoryNationalScheduleStore } from './in-memory-national-schedule-store.js';
import { InMemoryRateLimiter } from './in-memory-rate-limiter.js';

/** The hash key of in-memory set-ups: only the tests' own reads need to know it. */
export const TEST_HASH_SECRET = 'in-memory-tests-hash-secret-0123456789';

export interface InMemoryBookingOptions {
  configs: readonly TenantConfig[];
  now: () => Date;
  /** Another limiter in place of the in-memory one (e.g. one that refuses). */
  rateLimiter?: RateLimiter;
}

/**
 * The real booking use cases over in-memory ports: the stores to arrange and inspect, the deps to
 * call a use case with, and the `BookingUseCases` the API and pages hold.
 */
export function inMemoryBooking(options: InMemoryBookingOptions) {
  const configStore = new InMemoryConfigStore(options.configs);
  const nationalScheduleStore = new InMemoryNationalScheduleStore();
  const bookingStore = new InMemoryBookingStore();
  const rateLimiter = options.rateLimiter ?? new InMemoryRateLimiter();
  const deps: BookingDeps = {
    configStore,
    nationalScheduleStore,
    bookingStore,
    rateLimiter,
    hasher: createKeyedHasher(TEST_HASH_SECRET),
    now: options.now,
  };
  return {
    configStore,
    nationalScheduleStore,
    bookingStore,
    rateLimiter,
    deps,
    service: new BookingUseCases(deps),
  };
}
