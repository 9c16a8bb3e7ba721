import type { Principal } from '@openhall/domain';
import type { JWK } from 'jose';

/*
 * The local issuer's keys and signing, with nothing else: `pnpm token` imports this file alone
 * (through `@openhall/api/dev-token`), so printing a token does not load the app.
 */

/** The local product's own token issuer; in AWS a Cognito user pool takes its place. */
export const DEV_ISSUER = 'urn:openhall:dev-issuer';
export const DEV_AUDIENCE = 'openhall-local';
export const DEV_ALG = 'ES256';

export interface DevIssuerKeys {
  privateJwk: JWK;
  publicJwk: JWK;
}

export async function generateDevIssuerKeys(): Promise<DevIssuerKeys> {
  const { exportJWK, generateKeyPair } = await import('jose');
  const { privateKey, publicKey } = await generateKeyPair(DEV_ALG, { extractable: true });
  return { privateJwk: await exportJWK(privateKey), publicJwk: await exportJWK(publicKey) };
}

/** Signs a token for a principal, valid for `ttlSeconds` from `now`. */
export async function signDevToken(
  keys: DevIssuerKeys,
  principal: Principal,
  options: { now: Date; ttlSeconds?: number },
): Promise<string> {
  const { importJWK, SignJWT } = await import('jose');
  const key = await importJWK(keys.privateJwk, DEV_ALG);
  const iat = Math.floor(options.now.getTime() / 1000);
  const claims: Record<string, string | string[]> = { role: principal.role };
  if (principal.role === 'provincial-office') claims.province = principal.province;
  else if (principal.role !== 'platform-operator') {
    claims.tenant_id = principal.tenantId;
    if (principal.roles !== undefined) claims.roles = [...principal.roles];
    if (principal.staffId !== undefined) claims.staff_id = principal.staffId;
  }
  return new SignJWT(claims)
    .setProtectedHeader({ alg: DEV_ALG })
    .setSubject(principal.sub)
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + (options.ttlSeconds ?? 8 * 3600))
    .sign(key);
}
