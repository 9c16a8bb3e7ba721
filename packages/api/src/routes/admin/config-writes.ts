import type { StoredConfig } from '@openhall/domain';
import type { Context } from 'hono';
import type { ApiDeps } from '../../api-deps.js';
import type { AuthEnv } from '../../auth/authenticate.js';
import { etagOf, parseIfMatch } from '../../http/etag.js';

/** What a configuration change takes from the request besides the change: who, and which version. */
export function writerOf(c: Context<AuthEnv>, deps: ApiDeps) {
  return {
    actor: c.get('principal').sub,
    expectedVersion: parseIfMatch(c.req.header('if-match')),
    now: deps.now(),
  };
}

/** The stored configuration as the admin API answers it (`StoredConfig`), with its version as ETag. */
export function storedConfigJson(c: Context<AuthEnv>, stored: StoredConfig) {
  const { config, version, updatedAt, updatedBy } = stored;
  return c.json({ version, updatedAt, updatedBy, config }, 200, { etag: etagOf(version) });
}
