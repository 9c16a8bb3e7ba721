import {
  type ConfigStore,
  type NationalScheduleStore,
  type Notifier,
  type PhoneVerificationStore,
  type RateLimiter,
  toShanghaiIso,
} from '@openhall/domain';
import type { KeyedHasher } from '../booking/keyed-hasher.js';

/** What the phone verification use cases run on. */
export interface VerificationDeps {
  configStore: ConfigStore;
  nationalScheduleStore: NationalScheduleStore;
  verificationStore: PhoneVerificationStore;
  notifier: Notifier;
  rateLimiter: RateLimiter;
  hasher: KeyedHasher;
  now: () => Date;
  /** CSPRNG bytes for codes, ids and proofs. */
  randomBytes?: (n: number) => Uint8Array;
}

/** Epoch seconds of `now`, and `now` as ISO 8601 +08:00, as the verification records keep them. */
export function instantOf(now: Date): { seconds: number; iso: string } {
  return { seconds: Math.floor(now.getTime() / 1000), iso: toShanghaiIso(now) };
}
