import { createHmac, timingSafeEqual } from 'node:crypto';

/** Shortest secret accepted: 32 characters of a generated secret carry well over 128 bits. */
export const MIN_HASH_SECRET_LENGTH = 32;

/**
 * Keyed hashes (HMAC-SHA256) of what must never be stored or logged in clear. A plain hash of an
 * 11-digit mobile number is reversed by trying every number; without the secret it is not. The
 * tenant is part of every input, so one phone gives unrelated ids in two districts.
 */
export interface KeyedHasher {
  /** Names a person (a phone, normalised) in keys: 32 hex characters. */
  personId(tenantId: string, phone: string): string;
  /** Names a client (its address or an id derived from it) in rate-limit keys. */
  clientKey(tenantId: string, clientId: string): string;
  /** Fingerprint of a request body, to tell a retry from a different request under one key. */
  requestHash(tenantId: string, request: unknown): string;
  /** Keeps a one-time secret (an SMS code, a proof) of one verification: compare, never store in clear. */
  secretHash(tenantId: string, scope: string, secret: string): string;
}

/** JSON with object keys sorted, so equal requests give equal text whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function createKeyedHasher(secret: string): KeyedHasher {
  if (secret.length < MIN_HASH_SECRET_LENGTH) {
    throw new RangeError(`the hash secret must have at least ${MIN_HASH_SECRET_LENGTH} characters`);
  }
  const mac = (purpose: string, tenantId: string, value: string) =>
    createHmac('sha256', secret).update(`${purpose}\u0000${tenantId}\u0000${value}`).digest('hex');
  return {
    personId: (tenantId, phone) => mac('phone', tenantId, phone).slice(0, 32),
    clientKey: (tenantId, clientId) => mac('client', tenantId, clientId).slice(0, 32),
    requestHash: (tenantId, request) => mac('request', tenantId, canonicalJson(request)),
    secretHash: (tenantId, scope, secret) => mac('secret', tenantId, `${scope}\u0000${secret}`),
  };
}

/** Compares two secrets (phones, hashes) in constant time, so timing does not leak how much matched. */
export function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
