import { type Principal, PrincipalSchema } from '@openhall/domain';
import type { JWTPayload, JWTVerifyGetKey } from 'jose';
import { HttpError } from '../http/http-error.js';
import type { TokenVerifier } from './token-verifier.js';

/** Where a token keeps tenant, role and province: Cognito prefixes custom attributes with `custom:`. */
export interface ClaimNames {
  tenantId: string;
  role: string;
  province: string;
  /** Every role of a staff member: an array, or a comma-separated string (a Cognito custom attribute). */
  roles: string;
  /** The staff directory id, where the subject is opaque (Cognito's `sub` is a UUID). */
  staffId: string;
}

export const PLAIN_CLAIMS: ClaimNames = {
  tenantId: 'tenant_id',
  role: 'role',
  province: 'province',
  roles: 'roles',
  staffId: 'staff_id',
};
export const COGNITO_CLAIMS: ClaimNames = {
  tenantId: 'custom:tenant_id',
  role: 'custom:role',
  province: 'custom:province',
  roles: 'custom:roles',
  staffId: 'custom:staff_id',
};

/** A roles claim as a list: an array as it is, a string split at commas; absent stays absent. */
function rolesClaim(value: unknown): unknown {
  if (typeof value === 'string')
    return value
      .split(',')
      .map((r) => r.trim())
      .filter((r) => r !== '');
  return value;
}

export interface JwtVerifierOptions {
  key: CryptoKey | Uint8Array | JWTVerifyGetKey;
  issuer: string;
  audience?: string;
  claims: ClaimNames;
  /** Clock for expiry checks; tests pass a fixed one. */
  now?: () => Date;
}

/** How far a token's `iat` may lie ahead of our clock: the issuer's clock may run a little fast. */
export const ISSUED_AT_SKEW_SECONDS = 60;

/**
 * The `typ` headers a token may carry. Cognito's ID and access tokens carry no `typ` (their header
 * has `kid` and `alg` only) and other issuers write `JWT`; anything else (`at+jwt`, `dpop+jwt`,
 * `logout+jwt`, …) is a token meant for another use, refused.
 */
function acceptedType(typ: string | undefined): boolean {
  return typ === undefined || typ.toUpperCase() === 'JWT';
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
    roles: rolesClaim(payload[claims.roles]),
    staffId: payload[claims.staffId],
  });
  if (!parsed.success) throw unauthenticated('The token does not say which tenant or role it is for.');
  return parsed.data;
}

/**
 * jose, read by the first token to verify: a cold start that serves only public requests (the
 * citizens' availability and bookings) never loads it. A failed load is tried again next time.
 */
let jose: Promise<typeof import('./jose-verify.js')> | undefined;
function loadJose(): Promise<typeof import('./jose-verify.js')> {
  jose ??= import('./jose-verify.js').catch((error: unknown) => {
    jose = undefined;
    throw error;
  });
  return jose;
}

/**
 * Verifies signature, issuer, audience and expiry (which must be there), refuses a token issued in
 * the future (beyond `ISSUED_AT_SKEW_SECONDS`) or typed for another use, then reads the principal.
 */
export function createJwtVerifier(options: JwtVerifierOptions): TokenVerifier {
  return {
    async verify(token) {
      let payload: JWTPayload;
      const now = options.now?.() ?? new Date();
      try {
        const verifyOptions = {
          requiredClaims: ['exp'],
          issuer: options.issuer,
          ...(options.audience ? { audience: options.audience } : {}),
          currentDate: now,
        };
        const { jwtVerify } = await loadJose();
        // jose overloads differ for a key and a key getter; both are valid here.
        const result =
          typeof options.key === 'function'
            ? await jwtVerify(token, options.key, verifyOptions)
            : await jwtVerify(token, options.key, verifyOptions);
        if (!acceptedType(result.protectedHeader.typ)) throw new Error('token type');
        payload = result.payload;
      } catch (cause) {
        const code = (cause as { code?: string }).code;
        throw unauthenticated(
          code === 'ERR_JWT_EXPIRED' ? 'The token has expired.' : 'The token is not valid for this service.',
        );
      }
      if (payload.iat !== undefined && payload.iat > now.getTime() / 1000 + ISSUED_AT_SKEW_SECONDS) {
        throw unauthenticated('The token is not valid for this service.');
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
    key: async (header, token) => {
      jwks ??= (await loadJose()).createRemoteJWKSet(new URL(`${options.issuer}/.well-known/jwks.json`));
      return jwks(header, token);
    },
    issuer: options.issuer,
    ...(options.audience ? { audience: options.audience } : {}),
    claims: COGNITO_CLAIMS,
  });
}
