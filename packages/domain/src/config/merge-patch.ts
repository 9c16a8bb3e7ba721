import { DomainError } from '../shared/errors.js';

/** JSON value as read from a request body. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * RFC 7396 JSON Merge Patch: objects merge key by key, `null` removes a key, anything else
 * (arrays included) replaces.
 */
export function mergePatch(target: unknown, patch: unknown, depth = 0): unknown {
  if (!isObject(patch)) return patch;
  if (depth >= MAX_PATCH_DEPTH) throw new PatchTooDeepError();
  const result: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value, depth + 1);
  }
  return result;
}

/** Far deeper than any configuration; a patch past it is malformed, not a reason to overflow the stack. */
export const MAX_PATCH_DEPTH = 32;

/** A merge patch nested deeper than `MAX_PATCH_DEPTH`. */
export class PatchTooDeepError extends DomainError {
  readonly code = 'patch_too_deep';
  constructor() {
    super(`A merge patch may nest objects at most ${MAX_PATCH_DEPTH} levels deep.`);
  }
}
