import { type DevIssuerKeys, signDevToken } from '@openhall/api/dev-token';
import type { DevelopmentSignIn } from './staff-sign-in.js';

/** The local issuer as the staff pages' sign-in: a shift-long token for the picked member. */
export function developmentSignIn(keys: DevIssuerKeys, now: () => Date): DevelopmentSignIn {
  return {
    kind: 'development',
    issue: (principal) => signDevToken(keys, principal, { now: now(), ttlSeconds: 10 * 3600 }),
  };
}
