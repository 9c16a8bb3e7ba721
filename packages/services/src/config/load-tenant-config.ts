import { type ConfigStore, NotFoundError, type StoredConfig } from '@openhall/domain';

/** The tenant's stored configuration, or `tenant_not_found`. */
export async function loadTenantConfig(configStore: ConfigStore, tenantId: string): Promise<StoredConfig> {
  const stored = await configStore.getConfig(tenantId);
  if (!stored) throw new NotFoundError(`tenant "${tenantId}"`, 'tenant_not_found');
  return stored;
}
