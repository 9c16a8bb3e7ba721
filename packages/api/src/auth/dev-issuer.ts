import { DEV_ALG, DEV_AUDIENCE, DEV_ISSUER, type DevIssuerKeys } from './dev-token.js';
import { createJwtVerifier, PLAIN_CLAIMS } from './jwt-verifier.js';
import type { TokenVerifier } from './token-verifier.js';

export {
  DEV_AUDIENCE,
  DEV_ISSUER,
  type DevIssuerKeys,
  generateDevIssuerKeys,
  signDevToken,
} from './dev-token.js';

export async function createDevVerifier(keys: DevIssuerKeys, now?: () => Date): Promise<TokenVerifier> {
  // jose is read when a local issuer is made, never by a bundle that has none.
  const { importJWK } = await import('jose');
  const key = await importJWK(keys.publicJwk, DEV_ALG);
  if (!(key instanceof CryptoKey)) throw new Error('dev issuer public key must be an EC key');
  return createJwtVerifier({
    key,
    issuer: DEV_ISSUER,
    audience: DEV_AUDIENCE,
    claims: PLAIN_CLAIMS,
    ...(now ? { now } : {}),
  });
}
