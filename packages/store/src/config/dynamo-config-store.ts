import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import {
  type AuditEntry,
  type ConfigStore,
  type SaveConfigInput,
  type StoredConfig,
  type Tenant,
  VersionConflictError,
} from '@openhall/domain';
import { ConfigTooLargeError, TenantMismatchError } from '../table/errors.js';
import { itemSizeBytes } from '../table/item-size.js';
import { queryAll, queryPages, send } from '../table/send.js';
import { VersionedCache } from '../table/versioned-cache.js';
import { saveVersioned } from '../table/versioned-write.js';
import { capChanges } from './cap-changes.js';
import { withValues } from './change-values.js';
import { configChangedEvent } from './config-changed-event.js';
import { diffConfig } from './config-diff.js';
import { configItem, storedConfigOf, tenantOf } from './config-item.js';
import { auditEntryOf, configHeadItem, configVersionItem, headVersionOf } from './config-version-item.js';
import { getConfigParams } from './get-config-params.js';
import { getConfigVersionParams } from './get-config-version-params.js';
import { listAuditParams } from './list-audit-params.js';
import { listTenantsParams } from './list-tenants-params.js';
import { saveConfigParams } from './save-config-params.js';

/** Largest CONFIG or version item accepted: DynamoDB allows 400 KB, the rest is headroom. */
export const MAX_CONFIG_ITEM_BYTES = 350 * 1024;

/** Most changed paths one audit entry lists before they are summarised. */
export const MAX_AUDIT_CHANGES = 500;

/** Largest page of the audit trail. */
export const MAX_AUDIT_PAGE = 100;

/** Tenants whose parsed configuration an instance keeps, least recently used first out. */
export const CONFIG_CACHE_TENANTS = 100;

export interface DynamoConfigStoreOptions {
  maxItemBytes?: number;
  maxAuditChanges?: number;
  /** How many tenants' configurations this instance keeps parsed; 0 turns the cache off. */
  cacheTenants?: number;
}

/**
 * `ConfigStore` on the single DynamoDB table. Builds every request with a pure `...Params()`
 * function and sends it here, through the one client it is given.
 *
 * Every read asks the head (a few bytes, strongly consistent) which version is current and answers
 * from this instance's cache when it holds that version, so an admin's change is seen by the next
 * request of every instance while the whole configuration is read (and parsed) only when it moved.
 * The cached configuration is shared by the requests of this instance: readers never modify it.
 */
export class DynamoConfigStore implements ConfigStore {
  private readonly maxItemBytes: number;
  private readonly maxAuditChanges: number;
  private readonly cacheTenants: number;
  private readonly cache: VersionedCache<string, StoredConfig>;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    options: DynamoConfigStoreOptions = {},
  ) {
    this.maxItemBytes = options.maxItemBytes ?? MAX_CONFIG_ITEM_BYTES;
    this.maxAuditChanges = options.maxAuditChanges ?? MAX_AUDIT_CHANGES;
    this.cacheTenants = options.cacheTenants ?? CONFIG_CACHE_TENANTS;
    this.cache = new VersionedCache(this.cacheTenants);
  }

  async listTenants(): Promise<Tenant[]> {
    const items = await queryAll(this.client, 'listing tenants', (startKey) =>
      listTenantsParams(this.tableName, startKey),
    );
    return items.map(tenantOf);
  }

  async getConfig(tenantId: string): Promise<StoredConfig | undefined> {
    const version = this.cacheTenants > 0 ? await this.storedVersion(tenantId) : undefined;
    const cached = this.cache.get(tenantId, version);
    if (cached) return cached;
    const out = await send(`reading the configuration of ${tenantId}`, () =>
      this.client.send(new GetCommand(getConfigParams(this.tableName, tenantId))),
    );
    if (!out.Item) return undefined;
    const stored = storedConfigOf(out.Item);
    if (version !== undefined) this.remember(tenantId, stored);
    return stored;
  }

  private remember(tenantId: string, stored: StoredConfig): void {
    this.cache.remember(tenantId, stored.version, stored);
  }

  async saveConfig(input: SaveConfigInput): Promise<StoredConfig> {
    if (input.config.tenant.id !== input.tenantId) {
      throw new TenantMismatchError(input.tenantId, input.config.tenant.id);
    }
    // Read first: the diff needs the old configuration, and a stale writer is told without a write.
    const current = await this.getConfig(input.tenantId);
    if (current?.version !== input.expectedVersion) {
      throw new VersionConflictError(input.expectedVersion, current?.version);
    }
    const version = (current?.version ?? 0) + 1;
    const changes = withValues(
      capChanges(diffConfig(current?.config, input.config), this.maxAuditChanges),
      current?.config,
      input.config,
    );
    const config = configItem(input, version);
    const audit = configVersionItem(input, version, changes);
    const size = Math.max(itemSizeBytes(config), itemSizeBytes(audit));
    if (size > this.maxItemBytes) throw new ConfigTooLargeError(size, this.maxItemBytes);

    const params = saveConfigParams(this.tableName, {
      config,
      version: audit,
      head: configHeadItem(input.tenantId, version),
      expectedVersion: input.expectedVersion,
      event: configChangedEvent(input, version, changes),
    });
    await saveVersioned(
      this.client,
      `saving the configuration of ${input.tenantId}`,
      params,
      input.expectedVersion,
      () => this.storedVersion(input.tenantId),
    );
    const saved = { config: input.config, version, updatedAt: input.at, updatedBy: input.actor };
    this.remember(input.tenantId, saved);
    return saved;
  }

  async listAudit(tenantId: string, options: { limit: number; before?: number }): Promise<AuditEntry[]> {
    const limit = Math.min(Math.max(Math.trunc(options.limit), 1), MAX_AUDIT_PAGE);
    const entries: AuditEntry[] = [];
    // Version items are large, so one page may stop short of `limit`; keep reading until it is met.
    const pages = queryPages(this.client, `reading the audit trail of ${tenantId}`, (startKey) =>
      listAuditParams(this.tableName, tenantId, {
        limit: limit - entries.length,
        ...(options.before === undefined ? {} : { before: options.before }),
        ...(startKey ? { exclusiveStartKey: startKey } : {}),
      }),
    );
    for await (const page of pages) {
      entries.push(...page.map(auditEntryOf));
      if (entries.length >= limit) break;
    }
    return entries;
  }

  /** The current version from the head; undefined for no tenant (or one stored before heads existed). */
  private async storedVersion(tenantId: string): Promise<number | undefined> {
    const out = await send(`reading the version of ${tenantId}`, () =>
      this.client.send(new GetCommand(getConfigVersionParams(this.tableName, tenantId))),
    );
    return headVersionOf(out.Item);
  }
}
