import { type BookingPolicy, type ConfigStore, toShanghaiIso } from '@openhall/domain';
import { seedConfigs } from '@openhall/seed';

/**
 * Writes every seeded tenant that is not stored yet; never touches one an admin has changed.
 * `phoneVerification` overrides the seeds' phone check (`sms`), e.g. `off` for a benchmark.
 */
export async function seedTenants(
  store: ConfigStore,
  now: Date,
  options: { phoneVerification?: BookingPolicy['phoneVerification'] } = {},
): Promise<string[]> {
  const created: string[] = [];
  for (const seeded of seedConfigs) {
    const mode = options.phoneVerification;
    const config = mode
      ? { ...seeded, bookingPolicy: { ...seeded.bookingPolicy, phoneVerification: mode } }
      : seeded;
    const stored = await store.getConfig(config.tenant.id);
    if (stored) {
      // A tenant stored before staff directories existed gets the seeded (invented) staff once, so
      // its staff pages have someone to sign in as; a directory an admin has written is left alone.
      if (stored.config.staff.length === 0 && config.staff.length > 0) {
        await store.saveConfig({
          tenantId: config.tenant.id,
          config: { ...stored.config, staff: config.staff },
          expectedVersion: stored.version,
          actor: 'seed',
          action: 'SEED_STAFF',
          at: toShanghaiIso(now),
        });
      }
      continue;
    }
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
