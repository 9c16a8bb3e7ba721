import { type StoredConfig, type TenantConfig, TenantConfigSchema, toShanghaiIso } from '@openhall/domain';
import type { Context } from 'hono';
import type { ApiDeps } from '../../api-deps.js';
import type { AuthEnv } from '../../auth/authenticate.js';
import { requireTenantRole } from '../../auth/authorize.js';
import { HttpError } from '../../http/http-error.js';
import { loadConfig } from '../../http/load-config.js';
import { fieldErrorsOf, problem, problemResponse } from '../../http/problem.js';

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

/** The stored config as the admin API answers it. */
export function configBody(stored: StoredConfig) {
  const { config, version, updatedAt, updatedBy } = stored;
  return { version, updatedAt, updatedBy, config };
}

export interface ConfigChange {
  action: string;
  /** Returns the whole new configuration, unvalidated; may throw `HttpError` (e.g. 404 of an item). */
  apply: (current: TenantConfig) => unknown;
  /** Whether the client must say which version it changes (whole-document writes). */
  requireIfMatch?: boolean;
}

/**
 * The one path every admin write takes: authorise, read, apply, validate the whole result,
 * then write it conditionally on the version read, so concurrent edits never overwrite each other.
 */
export async function changeConfig(
  c: Context<AuthEnv>,
  deps: ApiDeps,
  tenantId: string,
  change: ConfigChange,
): Promise<Response> {
  const principal = c.get('principal');
  requireTenantRole(principal, tenantId, ['district-admin']);
  const ifMatch = parseIfMatch(c.req.header('if-match'));
  if (change.requireIfMatch && ifMatch === undefined) {
    throw new HttpError(428, 'if_match_required', 'Send If-Match with the ETag of the version you edited.');
  }
  const current = await loadConfig(deps, tenantId);
  if (ifMatch !== undefined && ifMatch !== current.version) {
    return problemResponse(
      problem(
        409,
        'version_conflict',
        `You edited version ${ifMatch}; the current version is ${current.version}.`,
        {
          currentVersion: current.version,
        },
      ),
    );
  }
  const candidate = change.apply(structuredClone(current.config));
  const parsed = TenantConfigSchema.safeParse(candidate);
  if (!parsed.success) {
    return problemResponse(
      problem(400, 'validation_failed', 'The configuration would not be valid.', {
        errors: fieldErrorsOf(parsed.error),
      }),
    );
  }
  if (parsed.data.tenant.id !== tenantId) {
    return problemResponse(
      problem(400, 'validation_failed', 'The tenant id cannot change.', {
        errors: [{ path: '/tenant/id', message: `must be "${tenantId}"`, code: 'immutable' }],
      }),
    );
  }
  const saved = await deps.configStore.saveConfig({
    tenantId,
    config: parsed.data,
    expectedVersion: current.version,
    actor: principal.sub,
    action: change.action,
    at: toShanghaiIso(deps.now()),
  });
  return c.json(configBody(saved), 200, { etag: etagOf(saved.version) });
}
