import { NotFoundError, type TenantConfig } from '@openhall/domain';
import { seedConfigs } from './seed-configs.js';

/** The seeded configuration of one tenant; throws `NotFoundError` for an id that is not seeded. */
export function seedConfig(id: string): TenantConfig {
  const config = seedConfigs.find((c) => c.tenant.id === id);
  if (config === undefined) throw new NotFoundError(`seed tenant "${id}"`, 'tenant_not_found');
  return config;
}
