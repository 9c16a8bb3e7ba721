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
  return { ...stored.config, nationalSchedules };
}
