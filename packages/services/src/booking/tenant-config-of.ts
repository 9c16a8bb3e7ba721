import {
  type ConfigStore,
  type NationalCalendarContext,
  type NationalScheduleStore,
  NotFoundError,
  type TenantConfig,
} from '@openhall/domain';

/**
 * The tenant's configuration as stored now, with the platform's published national schedules its
 * calendar reads (both asked at once), or `tenant_not_found`.
 */
export async function tenantConfigOf(
  stores: { configStore: ConfigStore; nationalScheduleStore: NationalScheduleStore },
  tenantId: string,
): Promise<TenantConfig & NationalCalendarContext> {
  const [stored, nationalSchedules] = await Promise.all([
    stores.configStore.getConfig(tenantId),
    stores.nationalScheduleStore.publishedSchedules(),
  ]);
  if (!stored) throw new NotFoundError(`tenant "${tenantId}"`, 'tenant_not_found');
  return withSchedules(stored.config, nationalSchedules);
}

/**
 * The same object for the same configuration and schedules (both kept by the stores while their
 * versions stand), so what the domain works out per configuration is kept across requests.
 */
const combined = new WeakMap<TenantConfig, WeakMap<object, TenantConfig & NationalCalendarContext>>();

function withSchedules(
  config: TenantConfig,
  nationalSchedules: NationalCalendarContext['nationalSchedules'],
): TenantConfig & NationalCalendarContext {
  let bySchedules = combined.get(config);
  if (!bySchedules) {
    bySchedules = new WeakMap();
    combined.set(config, bySchedules);
  }
  const key = nationalSchedules as object;
  let both = bySchedules.get(key);
  if (!both) {
    both = { ...config, nationalSchedules };
    bySchedules.set(key, both);
  }
  return both;
}
