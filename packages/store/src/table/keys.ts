import { MAX_CONFIG_VERSION } from '@openhall/domain';

/**
 * Key builders of the single table. The tenant id leads every tenant-owned partition key, so one
 * tenant's data can be read, exported or deleted by key prefix and never mixes with another's.
 */

/** Partition key of the tenant directory in `gsi1`. */
export const TENANT_DIRECTORY_PK = 'TENANTS';

/** Sort key of a tenant's current configuration. */
export const CONFIG_SK = 'CONFIG';

/** Sort key of the small item naming a tenant's current configuration version (read on every request). */
export const CONFIG_HEAD_SK = 'CONFIG#HEAD';

/** Sort-key prefix of the configuration versions (the audit trail). */
export const CONFIG_VERSION_PREFIX = 'CONFIG#V#';

/** Digits of a zero-padded version, so sort keys order like numbers. */
const VERSION_DIGITS = String(MAX_CONFIG_VERSION).length;

export interface TableKey {
  pk: string;
  sk: string;
}

/** Refuses parts that would break the `#`-separated layout (tenant ids are slugs, so never in practice). */
export function keyPart(value: string, what: string): string {
  if (value.length === 0 || value.includes('#')) {
    throw new RangeError(`${what} "${value}" cannot be used in a key: it is empty or contains "#"`);
  }
  return value;
}

/** `TENANT#{tenantId}`. */
export function tenantPk(tenantId: string): string {
  return `TENANT#${keyPart(tenantId, 'tenant id')}`;
}

/** Key of the item holding a tenant's current configuration. */
export function configKey(tenantId: string): TableKey {
  return { pk: tenantPk(tenantId), sk: CONFIG_SK };
}

/**
 * Key of the configuration's head: a few bytes with the current version, so an instance that holds
 * that version already pays one read unit to know it, not the whole configuration's size.
 */
export function configHeadKey(tenantId: string): TableKey {
  return { pk: tenantPk(tenantId), sk: CONFIG_HEAD_SK };
}

/**
 * Sort key of one configuration version.
 * @example configVersionSk(12) // 'CONFIG#V#0000000012'
 */
export function configVersionSk(version: number): string {
  if (!Number.isSafeInteger(version) || version < 0 || version > MAX_CONFIG_VERSION) {
    throw new RangeError(`version ${version} is not an integer between 0 and ${MAX_CONFIG_VERSION}`);
  }
  return `${CONFIG_VERSION_PREFIX}${String(version).padStart(VERSION_DIGITS, '0')}`;
}

/** Key of the item recording one accepted configuration version (snapshot and audit entry). */
export function configVersionKey(tenantId: string, version: number): TableKey {
  return { pk: tenantPk(tenantId), sk: configVersionSk(version) };
}

/** `gsi1` keys that list a tenant in the directory; set on the CONFIG item only. */
export function tenantDirectoryKeys(tenantId: string): { gsi1pk: string; gsi1sk: string } {
  return { gsi1pk: TENANT_DIRECTORY_PK, gsi1sk: keyPart(tenantId, 'tenant id') };
}

/**
 * Partition of the platform's national schedules (the State Council's, one per year, shared by
 * every tenant). Platform data belongs to no tenant, so its key is the one that does not start
 * with a tenant id.
 */
export const NATIONAL_SCHEDULE_PK = 'PLATFORM#SCHEDULE';

/** Sort key of the head naming the schedules' current version (any year's change moves it). */
export const NATIONAL_SCHEDULE_HEAD_SK = 'HEAD';

/** Sort-key prefix of each year's current schedule. */
export const NATIONAL_SCHEDULE_YEAR_PREFIX = 'YEAR#';

/** Key of the head of the national schedules. */
export function nationalScheduleHeadKey(): TableKey {
  return { pk: NATIONAL_SCHEDULE_PK, sk: NATIONAL_SCHEDULE_HEAD_SK };
}

/** Key of one year's current schedule, e.g. `YEAR#2027`. */
export function nationalScheduleKey(year: number): TableKey {
  return { pk: NATIONAL_SCHEDULE_PK, sk: `${NATIONAL_SCHEDULE_YEAR_PREFIX}${year}` };
}

/** Key of one accepted version of a year's schedule (its audit entry), e.g. `AUDIT#2027#V#0000000003`. */
export function nationalScheduleVersionKey(year: number, version: number): TableKey {
  return {
    pk: NATIONAL_SCHEDULE_PK,
    sk: `AUDIT#${year}#${configVersionSk(version).slice('CONFIG#'.length)}`,
  };
}

/** Key the health check reads: no item is ever written there, so the read costs the least a read can. */
export const HEALTH_PROBE_KEY: TableKey = { pk: 'HEALTH', sk: 'PROBE' };
