import type { Notifier, RateLimiter, TenantConfig } from '@openhall/domain';
import type { BookingDeps } from '../booking/booking-deps.js';
import { BookingUseCases } from '../booking/booking-use-cases.js';
import { createKeyedHasher } from '../booking/keyed-hasher.js';
import { OutboxNotifier } from '../notify/outbox-notifier.js';
import { PhoneVerificationUseCases } from '../verification/phone-verification-use-cases.js';
import { InMemoryBookingStore } from './in-memory-booking-store.js';
import { InMemoryConfigStore } from './in-memory-config-store.js';
import { InMemoryNationalScheduleStore } from './in-memory-national-schedule-store.js';
import { InMemoryPhoneVerificationStore } from './in-memory-phone-verification-store.js';
import { InMemoryPlacesGuards } from './in-memory-places-guards.js';
import { InMemoryRateLimiter } from './in-memory-rate-limiter.js';
import { InMemoryRotaStore } from './in-memory-rota-store.js';

/** The hash key of in-memory set-ups: only the tests' own reads need to know it. */
export const TEST_HASH_SECRET = 'in-memory-tests-hash-secret-0123456789';

export interface InMemoryBookingOptions {
  configs: readonly TenantConfig[];
  now: () => Date;
  /** Another limiter in place of the in-memory one (e.g. one that refuses). */
  rateLimiter?: RateLimiter;
  /** Another notifier in place of the outbox (e.g. one that refuses). */
  notifier?: Notifier;
}

/**
 * The real booking and phone verification use cases over in-memory ports (SMS to an outbox): the
 * stores to arrange and inspect, the deps to call a use case with, and the use cases the API and
 * pages hold.
 */
export function inMemoryBooking(options: InMemoryBookingOptions) {
  const configStore = new InMemoryConfigStore(options.configs);
  const nationalScheduleStore = new InMemoryNationalScheduleStore();
  // One set of places guards: a booking and a rota change race each other through it.
  const guards = new InMemoryPlacesGuards();
  const bookingStore = new InMemoryBookingStore(guards);
  const rotaStore = new InMemoryRotaStore(guards);
  const rateLimiter = options.rateLimiter ?? new InMemoryRateLimiter();
  const deps: BookingDeps = {
    configStore,
    nationalScheduleStore,
    bookingStore,
    rotaStore,
    rateLimiter,
    hasher: createKeyedHasher(TEST_HASH_SECRET),
    verificationStore: new InMemoryPhoneVerificationStore(),
    now: options.now,
  };
  const outbox = new OutboxNotifier(options.now);
  const verificationStore = deps.verificationStore as InMemoryPhoneVerificationStore;
  const verification = new PhoneVerificationUseCases({
    ...deps,
    verificationStore,
    notifier: options.notifier ?? outbox,
  });
  return {
    configStore,
    nationalScheduleStore,
    bookingStore,
    rotaStore,
    rateLimiter,
    verificationStore,
    outbox,
    deps,
    service: new BookingUseCases(deps),
    verification,
  };
}
