import { NotFoundError, type StoredConfig } from '@openhall/domain';
import type { ApiDeps } from '../api-deps.js';

/** The tenant's stored configuration, or a 404 `tenant_not_found`. */
export async function loadConfig(deps: ApiDeps, tenantId: string): Promise<StoredConfig> {
  const stored = await deps.configStore.getConfig(tenantId);
  if (!stored) throw new NotFoundError(`tenant "${tenantId}"`, 'tenant_not_found');
  return stored;
}
