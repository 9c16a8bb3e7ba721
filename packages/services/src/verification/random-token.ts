import { randomBytes as cryptoRandomBytes } from 'node:crypto';

/** CSPRNG bytes: the deps' source when a test gives one, else the platform's. */
export function randomSource(given?: (n: number) => Uint8Array): (n: number) => Uint8Array {
  return given ?? ((n) => cryptoRandomBytes(n));
}

/** `bytes` random bytes as base64url (no padding): fits keys, URLs and form fields as it is. */
export function randomToken(random: (n: number) => Uint8Array, bytes: number): string {
  return Buffer.from(random(bytes)).toString('base64url');
}
