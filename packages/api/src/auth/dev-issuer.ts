import type { Principal } from '@openhall/domain';
import { exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';
import { createJwtVerifier, PLAIN_CLAIMS } from './jwt-verifier.js';
import type { TokenVerifier } from './token-verifier.js';

/** The local product's own token issuer; in AWS a Cognito user pool takes its place. */
export const DEV_ISSUER = 'urn:openhall:dev-issuer';
export const DEV_AUDIENCE = 'openhall-local';
const ALG = 'ES256';

export interface DevIssuerKeys {
  privateJwk: JWK;
  publicJwk: JWK;
}

export async function generateDevIssuerKeys(): Promise<DevIssuerKeys> {
  const { privateKey, publicKey } = await generateKeyPair(ALG, { extractable: true });
  return { privateJwk: await exportJWK(privateKey), publicJwk: await exportJWK(publicKey) };
}

/** Signs a token for a principal, valid for `ttlSeconds` from `now`. */
export async function signDevToken(
  keys: DevIssuerKeys,
  principal: Principal,
  options: { now: Date; ttlSeconds?: number },
): Promise<string> {
  const key = await importJWK(keys.privateJwk, ALG);
  const iat = Math.floor(options.now.getTime() / 1000);
  const claims: Record<string, string> = { role: principal.role };
  if (principal.role === 'provincial-office') claims.province = principal.province;
  else if (principal.role !== 'platform-operator') claims.tenant_id = principal.tenantId;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: ALG })
    .setSubject(principal.sub)
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + (options.ttlSeconds ?? 8 * 3600))
    .sign(key);
}

export async function createDevVerifier(keys: DevIssuerKeys, now?: () => Date): Promise<TokenVerifier> {
  const key = await importJWK(keys.publicJwk, ALG);
  if (!(key instanceof CryptoKey)) throw new Error('dev issuer public key must be an EC key');
  return createJwtVerifier({
    key,
    issuer: DEV_ISSUER,
    audience: DEV_AUDIENCE,
    claims: PLAIN_CLAIMS,
    ...(now ? { now } : {}),
  });
}
