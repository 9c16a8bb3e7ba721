import { type Principal, PrincipalSchema } from '@openhall/domain';
import { createRemoteJWKSet, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { HttpError } from '../http/http-error.js';
import type { TokenVerifier } from './token-verifier.js';

/** Where a token keeps tenant, role and province: Cognito prefixes custom attributes with `custom:`. */
export interface ClaimNames {
  tenantId: string;
  role: string;
  province: string;
}

export const PLAIN_CLAIMS: ClaimNames = { tenantId: 'tenant_id', role: 'role', province: 'province' };
export const COGNITO_CLAIMS: ClaimNames = {
  tenantId: 'custom:tenant_id',
  role: 'custom:role',
  province: 'custom:province',
};

export interface JwtVerifierOptions {
  key: CryptoKey | Uint8Array | JWTVerifyGetKey;
  issuer: string;
  audience?: string;
  claims: ClaimNames;
  /** Clock for expiry checks; tests pass a fixed one. */
  now?: () => Date;
}

function unauthenticated(message: string): HttpError {
  return new HttpError(401, 'unauthenticated', message, {});
}

function principalOf(payload: JWTPayload, claims: ClaimNames): Principal {
  const parsed = PrincipalSchema.safeParse({
    sub: payload.sub,
    role: payload[claims.role],
    tenantId: payload[claims.tenantId],
    province: payload[claims.province],
  });
  if (!parsed.success) throw unauthenticated('The token does not say which tenant or role it is for.');
  return parsed.data;
}

/** Verifies signature, issuer, audience and expiry, then reads the principal from the claims. */
export function createJwtVerifier(options: JwtVerifierOptions): TokenVerifier {
  return {
    async verify(token) {
      let payload: JWTPayload;
      try {
        const verifyOptions = {
          issuer: options.issuer,
          ...(options.audience ? { audience: options.audience } : {}),
          ...(options.now ? { currentDate: options.now() } : {}),
        };
        // jose overloads differ for a key and a key getter; both are valid here.
        const result =
          typeof options.key === 'function'
            ? await jwtVerify(token, options.key, verifyOptions)
            : await jwtVerify(token, options.key, verifyOptions);
        payload = result.payload;
      } catch (cause) {
        const code = (cause as { code?: string }).code;
        throw unauthenticated(
          code === 'ERR_JWT_EXPIRED' ? 'The token has expired.' : 'The token is not valid for this service.',
        );
      }
      return principalOf(payload, options.claims);
    },
  };
}

/** Verifier for a Cognito user pool: keys from its JWKS, claims from custom attributes. */
export function createCognitoVerifier(options: { issuer: string; audience?: string }): TokenVerifier {
  // Built by the first verification: a cold start that serves only public requests never needs it.
  let jwks: JWTVerifyGetKey | undefined;
  return createJwtVerifier({
    key: (header, token) => {
      jwks ??= createRemoteJWKSet(new URL(`${options.issuer}/.well-known/jwks.json`));
      return jwks(header, token);
    },
    issuer: options.issuer,
    ...(options.audience ? { audience: options.audience } : {}),
    claims: COGNITO_CLAIMS,
  });
}
