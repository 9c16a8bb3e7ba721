import type { ConfigStore } from '@openhall/domain';
import type { TokenVerifier } from './auth/token-verifier.js';

/** What the HTTP app needs from the outside world; Lambda and the local runtime wire it differently. */
export interface AppDeps {
  configStore: ConfigStore;
  verifier: TokenVerifier;
  /** The clock; tests pass a fixed one. */
  now: () => Date;
}
