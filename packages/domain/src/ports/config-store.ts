import type { Tenant } from '../tenant/tenant.js';
import type { TenantConfig } from '../tenant/tenant-config.js';

/** The highest version a configuration reaches: versions are stored as ten digits, so they sort as numbers. */
export const MAX_CONFIG_VERSION = 9_999_999_999;

/** A tenant's configuration as stored: the aggregate plus its version. */
export interface StoredConfig {
  config: TenantConfig;
  /** Starts at 1; every accepted change adds one. */
  version: number;
  updatedAt: string;
  updatedBy: string;
}

/** One accepted change, kept for the audit trail (who, when, what). */
export interface AuditEntry {
  tenantId: string;
  version: number;
  at: string;
  actor: string;
  /** What changed, e.g. "PATCH halls/zibo-center". */
  action: string;
  /**
   * RFC 6902-style summary of the changed paths, with the value before (not for an addition) and
   * after (not for a removal); a long value is the start of its JSON text, marked `truncated`, and
   * past the entry's size budget a change keeps its path only.
   */
  changes: {
    op: 'add' | 'remove' | 'replace';
    path: string;
    oldValue?: unknown;
    newValue?: unknown;
    truncated?: boolean;
  }[];
}

export interface SaveConfigInput {
  tenantId: string;
  config: TenantConfig;
  /** The version the writer read; undefined only when creating. */
  expectedVersion: number | undefined;
  actor: string;
  action: string;
  /** Wall clock of the change, ISO 8601 with +08:00. */
  at: string;
}

/** Port for tenant configuration persistence. A stale `expectedVersion` rejects with `VersionConflictError`. */
export interface ConfigStore {
  listTenants(): Promise<Tenant[]>;
  getConfig(tenantId: string): Promise<StoredConfig | undefined>;
  saveConfig(input: SaveConfigInput): Promise<StoredConfig>;
  listAudit(tenantId: string, options: { limit: number; before?: number }): Promise<AuditEntry[]>;
}
