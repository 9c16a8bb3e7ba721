import {
  type ConfigStore,
  fieldErrorsOf,
  IfMatchRequiredError,
  InvalidConfigError,
  StaleVersionError,
  type StoredConfig,
  type TenantConfig,
  TenantConfigSchema,
  toShanghaiIso,
} from '@openhall/domain';
import { loadTenantConfig } from './load-tenant-config.js';

/** One change of a tenant's configuration, as `config-changes.ts` builds them. */
export interface ConfigChange {
  /** What the audit trail says was done, e.g. "PATCH halls/zibo-center". */
  action: string;
  /** The whole new configuration, not yet validated; may throw a domain error (an item not found). */
  apply: (current: TenantConfig) => unknown;
  /** Whether the writer must say which version it replaces (whole-document writes). */
  requireExpectedVersion?: boolean;
}

export interface ChangeConfigRequest {
  tenantId: string;
  /** Who changes it, for the audit trail: the principal's `sub`. */
  actor: string;
  change: ConfigChange;
  /** The version the writer edited (If-Match); without it the change applies to the current one. */
  expectedVersion?: number | undefined;
  now: Date;
}

/**
 * The one path every configuration change takes: read, apply, validate the whole result, then
 * write it conditionally on the version read, so concurrent edits never overwrite each other.
 * Answers the configuration as now stored; refusals are named domain errors.
 */
export async function changeConfig(
  ports: { configStore: ConfigStore },
  request: ChangeConfigRequest,
): Promise<StoredConfig> {
  const { tenantId, change, expectedVersion } = request;
  if (change.requireExpectedVersion && expectedVersion === undefined) throw new IfMatchRequiredError();
  const current = await loadTenantConfig(ports.configStore, tenantId);
  if (expectedVersion !== undefined && expectedVersion !== current.version) {
    throw new StaleVersionError(expectedVersion, current.version);
  }
  const parsed = TenantConfigSchema.safeParse(change.apply(structuredClone(current.config)));
  if (!parsed.success) {
    throw new InvalidConfigError('The configuration would not be valid.', fieldErrorsOf(parsed.error));
  }
  if (parsed.data.tenant.id !== tenantId) {
    throw new InvalidConfigError('The tenant id cannot change.', [
      { path: '/tenant/id', message: `must be "${tenantId}"`, code: 'immutable' },
    ]);
  }
  return ports.configStore.saveConfig({
    tenantId,
    config: parsed.data,
    expectedVersion: current.version,
    actor: request.actor,
    action: change.action,
    at: toShanghaiIso(request.now),
  });
}
