import { type ConfigStore, toShanghaiIso } from '@openhall/domain';
import { seedConfigs } from '@openhall/seed';

/** Writes every seeded tenant that is not stored yet; never touches one an admin has changed. */
export async function seedTenants(store: ConfigStore, now: Date): Promise<string[]> {
  const created: string[] = [];
  for (const config of seedConfigs) {
    if (await store.getConfig(config.tenant.id)) continue;
    await store.saveConfig({
      tenantId: config.tenant.id,
      config,
      expectedVersion: undefined,
      actor: 'seed',
      action: 'SEED',
      at: toShanghaiIso(now),
    });
    created.push(config.tenant.id);
  }
  return created;
}
