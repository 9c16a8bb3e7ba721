import {
  type AuditEntry,
  type ConfigStore,
  type SaveConfigInput,
  type StoredConfig,
  type Tenant,
  type TenantConfig,
  VersionConflictError,
} from '@openhall/domain';

/** Largest page of the audit trail, as the DynamoDB store allows. */
const MAX_AUDIT_PAGE = 100;

/**
 * `ConfigStore` in memory with the DynamoDB store's versioning: each accepted save adds one to the
 * version and one entry to the audit trail (newest first); a stale `expectedVersion` rejects with
 * `VersionConflictError`. Audit entries name no changed paths (the DynamoDB store diffs them), and
 * there is no item size limit. Everything goes in and comes out as a copy.
 */
export class InMemoryConfigStore implements ConfigStore {
  private readonly configs = new Map<string, StoredConfig>();
  private readonly audit = new Map<string, AuditEntry[]>();

  /** Starts with `configs` stored at version 1, as seeding does. */
  constructor(configs: readonly TenantConfig[] = [], at = '2026-01-01T00:00:00+08:00') {
    for (const config of configs) {
      this.store({
        tenantId: config.tenant.id,
        config,
        expectedVersion: undefined,
        actor: 'seed',
        action: 'seed',
        at,
      });
    }
  }

  async listTenants(): Promise<Tenant[]> {
    return [...this.configs.values()]
      .map((s) => structuredClone(s.config.tenant))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async getConfig(tenantId: string): Promise<StoredConfig | undefined> {
    const stored = this.configs.get(tenantId);
    return stored && structuredClone(stored);
  }

  async saveConfig(input: SaveConfigInput): Promise<StoredConfig> {
    if (input.config.tenant.id !== input.tenantId) {
      throw new Error(`the configuration is for tenant "${input.config.tenant.id}", not "${input.tenantId}"`);
    }
    return structuredClone(this.store(input));
  }

  async listAudit(tenantId: string, options: { limit: number; before?: number }): Promise<AuditEntry[]> {
    const limit = Math.min(Math.max(Math.trunc(options.limit), 1), MAX_AUDIT_PAGE);
    const before = options.before;
    return (this.audit.get(tenantId) ?? [])
      .filter((e) => before === undefined || e.version < before)
      .sort((a, b) => b.version - a.version)
      .slice(0, limit)
      .map((e) => structuredClone(e));
  }

  private store(input: SaveConfigInput): StoredConfig {
    const current = this.configs.get(input.tenantId);
    if (current?.version !== input.expectedVersion) {
      throw new VersionConflictError(input.expectedVersion, current?.version);
    }
    const version = (current?.version ?? 0) + 1;
    const stored: StoredConfig = {
      config: structuredClone(input.config),
      version,
      updatedAt: input.at,
      updatedBy: input.actor,
    };
    this.configs.set(input.tenantId, stored);
    const entry: AuditEntry = {
      tenantId: input.tenantId,
      version,
      at: input.at,
      actor: input.actor,
      action: input.action,
      changes: [],
    };
    this.audit.set(input.tenantId, [...(this.audit.get(input.tenantId) ?? []), entry]);
    return stored;
  }
}
