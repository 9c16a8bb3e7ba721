import { importJWK, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { HttpError } from '../http/http-error.js';
import {
  createDevVerifier,
  DEV_AUDIENCE,
  DEV_ISSUER,
  type DevIssuerKeys,
  generateDevIssuerKeys,
} from './dev-issuer.js';
import type { TokenVerifier } from './token-verifier.js';

const NOW = new Date('2026-11-22T02:00:00Z');
const nowSeconds = NOW.getTime() / 1000;

let keys: DevIssuerKeys;
let verifier: TokenVerifier;

beforeAll(async () => {
  keys = await generateDevIssuerKeys();
  verifier = await createDevVerifier(keys, () => NOW);
});

/** A token signed with the issuer's real key, with the header and times a test chooses. */
async function forge(options: { typ?: string; iat?: number; exp?: number | null }): Promise<string> {
  const jwt = new SignJWT({ role: 'district-admin', tenant_id: 'zibo' })
    .setProtectedHeader({ alg: 'ES256', ...(options.typ === undefined ? {} : { typ: options.typ }) })
    .setSubject('zibo-admin')
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt(options.iat ?? nowSeconds);
  if (options.exp !== null) jwt.setExpirationTime(options.exp ?? nowSeconds + 3600);
  return jwt.sign(await importJWK(keys.privateJwk, 'ES256'));
}

async function refusal(token: string): Promise<unknown> {
  return verifier.verify(token).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('the JWT verifier', () => {
  it.each([
    { case: 'no typ (as Cognito sends)', token: () => forge({}) },
    { case: 'typ JWT', token: () => forge({ typ: 'JWT' }) },
    { case: 'an iat within the allowed clock skew', token: () => forge({ iat: nowSeconds + 60 }) },
  ])('accepts a token with $case', async ({ token }) => {
    expect(await verifier.verify(await token())).toEqual({
      sub: 'zibo-admin',
      role: 'district-admin',
      tenantId: 'zibo',
    });
  });

  it.each([
    { case: 'no exp', token: () => forge({ exp: null }) },
    { case: 'an iat more than a minute ahead', token: () => forge({ iat: nowSeconds + 61 }) },
    { case: 'typ at+jwt', token: () => forge({ typ: 'at+jwt' }) },
    { case: 'typ dpop+jwt', token: () => forge({ typ: 'dpop+jwt' }) },
    { case: 'an exp in the past', token: () => forge({ iat: nowSeconds - 7200, exp: nowSeconds - 1 }) },
  ])('refuses a token with $case as 401 unauthenticated', async ({ token }) => {
    const error = await refusal(await token());
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 401, code: 'unauthenticated' });
  });
});
