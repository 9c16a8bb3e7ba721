import { type ConfigStore, NotFoundError, type TenantConfig } from '@openhall/domain';

/** The tenant's configuration as stored now, or `tenant_not_found`. */
export async function tenantConfigOf(configStore: ConfigStore, tenantId: string): Promise<TenantConfig> {
  const stored = await configStore.getConfig(tenantId);
  if (!stored) throw new NotFoundError(`tenant "${tenantId}"`, 'tenant_not_found');
  return stored.config;
}
