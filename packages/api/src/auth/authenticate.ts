import type { Principal } from '@openhall/domain';
import { createMiddleware } from 'hono/factory';
import { HttpError } from '../http/http-error.js';
import type { TokenVerifier } from './token-verifier.js';

export type AuthEnv = { Variables: { principal: Principal } };

/** Requires a valid bearer token and puts its principal on the context. */
export function authenticate(verifier: TokenVerifier) {
  return createMiddleware<AuthEnv>(async (c, next) => {
    const header = c.req.header('authorization');
    const match = header?.match(/^Bearer\s+(\S+)$/i);
    if (!match) {
      throw new HttpError(401, 'unauthenticated', 'Sign in: a bearer token is required.', {});
    }
    c.set('principal', await verifier.verify(match[1]!));
    await next();
  });
}
