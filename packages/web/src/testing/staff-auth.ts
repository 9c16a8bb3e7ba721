import { createDevVerifier, generateDevIssuerKeys, type TokenVerifier } from '@openhall/api';
import { developmentSignIn } from '../staff/session/development-sign-in.js';
import type { DevelopmentSignIn } from '../staff/session/staff-sign-in.js';

/** A development issuer for page tests: its verifier and sign-in on the test's clock. */
export function testStaffAuth(now: () => Date): { verifier: TokenVerifier; staffSignIn: DevelopmentSignIn } {
  const keys = generateDevIssuerKeys();
  const verifier = keys.then((k) => createDevVerifier(k, now));
  return {
    verifier: { verify: async (token) => (await verifier).verify(token) },
    staffSignIn: { kind: 'development', issue: async (p) => developmentSignIn(await keys, now).issue(p) },
  };
}
