import type { StoredConfig } from '@openhall/domain';
import type { Context } from 'hono';
import type { ApiDeps } from '../../api-deps.js';
import type { AuthEnv } from '../../auth/authenticate.js';
import { etagOf, parseIfMatch } from '../../http/etag.js';
import { CONFIRM_STRANDED_HEADER } from './admin-schemas.js';

/**
 * What a configuration change takes from the request besides the change: who, which version, and
 * whether stranding active bookings is confirmed.
 */
export function writerOf(c: Context<AuthEnv>, deps: ApiDeps) {
  return {
    actor: c.get('principal').sub,
    expectedVersion: parseIfMatch(c.req.header('if-match')),
    confirmStranded: c.req.header(CONFIRM_STRANDED_HEADER) === 'true',
    now: deps.now(),
  };
}

/** The stored configuration as the admin API answers it (`StoredConfig`), with its version as ETag. */
export function storedConfigJson(c: Context<AuthEnv>, stored: StoredConfig) {
  const { config, version, updatedAt, updatedBy } = stored;
  return c.json({ version, updatedAt, updatedBy, config }, 200, { etag: etagOf(version) });
}
