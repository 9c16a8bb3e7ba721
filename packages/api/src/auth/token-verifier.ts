import type { Principal } from '@openhall/domain';

/** Verifies a bearer token and returns who it speaks for; rejects with `UnauthenticatedError`. */
export interface TokenVerifier {
  verify(token: string): Promise<Principal>;
}
