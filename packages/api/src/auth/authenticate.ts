import type { Principal } from '@openhall/domain';
import { HttpError } from '../http/http-error.js';
import type { TokenVerifier } from './token-verifier.js';

export type AuthEnv = { Variables: { principal: Principal } };

/** The principal of the bearer token in an `Authorization` header; 401 without a valid one. */
export async function authenticate(
  verifier: TokenVerifier,
  authorization: string | undefined,
): Promise<Principal> {
  const match = authorization?.match(/^Bearer\s+(\S+)$/i);
  if (!match) {
    throw new HttpError(401, 'unauthenticated', 'Sign in: a bearer token is required.', {});
  }
  return verifier.verify(match[1]!);
}
