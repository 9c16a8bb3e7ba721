import { HttpError } from './http-error.js';

/** `"v7"`, `W/"v7"`, `"7"` or `7` → 7; anything else is a 400. */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = header.trim().match(/^(?:W\/)?"?v?(\d{1,9})"?$/);
  if (!match)
    throw new HttpError(400, 'invalid_if_match', 'If-Match must be the ETag of a version, e.g. "v3".');
  return Number(match[1]);
}

export function etagOf(version: number): string {
  return `"v${version}"`;
}
