import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import {
  type AuditEntry,
  type ConfigStore,
  type SaveConfigInput,
  type StoredConfig,
  type Tenant,
  VersionConflictError,
} from '@openhall/domain';
import { capChanges } from './cap-changes.js';
import { diffConfig } from './config-diff.js';
import { configItem, storedConfigOf, tenantOf } from './config-item.js';
import { auditEntryOf, configHeadItem, configVersionItem, headVersionOf } from './config-version-item.js';
import { ConfigTooLargeError, StoreFailureError, TenantMismatchError } from './errors.js';
import { itemSizeBytes } from './item-size.js';
import { getConfigParams } from './params/get-config-params.js';
import { getConfigVersionParams } from './params/get-config-version-params.js';
import { listAuditParams } from './params/list-audit-params.js';
import { listTenantsParams } from './params/list-tenants-params.js';
import { saveConfigParams } from './params/save-config-params.js';

/** Largest CONFIG or version item accepted: DynamoDB allows 400 KB, the rest is headroom. */
export const MAX_CONFIG_ITEM_BYTES = 350 * 1024;

/** Most changed paths one audit entry lists before they are summarised. */
export const MAX_AUDIT_CHANGES = 500;

/** Largest page of the audit trail. */
export const MAX_AUDIT_PAGE = 100;

/** Attempts of a save that DynamoDB cancels for a concurrent transaction while the version still matches. */
const SAVE_ATTEMPTS = 3;

/** Tenants whose parsed configuration an instance keeps, least recently used first out. */
export const CONFIG_CACHE_TENANTS = 100;

export interface DynamoConfigStoreOptions {
  maxItemBytes?: number;
  maxAuditChanges?: number;
  /** How many tenants' configurations this instance keeps parsed; 0 turns the cache off. */
  cacheTenants?: number;
}

interface Cancellation {
  conditionFailed: boolean;
  transactionConflict: boolean;
}

/** Reads the reasons of a `TransactionCanceledException`; undefined for any other error. */
function cancellationOf(error: unknown): Cancellation | undefined {
  if (!(error instanceof Error) || error.name !== 'TransactionCanceledException') return undefined;
  const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
  return {
    conditionFailed: reasons.some((r) => r.Code === 'ConditionalCheckFailed'),
    transactionConflict: reasons.some((r) => r.Code === 'TransactionConflict'),
  };
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
  private readonly cache = new Map<string, StoredConfig>();

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    options: DynamoConfigStoreOptions = {},
  ) {
    this.maxItemBytes = options.maxItemBytes ?? MAX_CONFIG_ITEM_BYTES;
    this.maxAuditChanges = options.maxAuditChanges ?? MAX_AUDIT_CHANGES;
    this.cacheTenants = options.cacheTenants ?? CONFIG_CACHE_TENANTS;
  }

  async listTenants(): Promise<Tenant[]> {
    const tenants: Tenant[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.send('listing tenants', () =>
        this.client.send(new QueryCommand(listTenantsParams(this.tableName, startKey))),
      );
      for (const item of page.Items ?? []) tenants.push(tenantOf(item));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return tenants;
  }

  async getConfig(tenantId: string): Promise<StoredConfig | undefined> {
    const version = this.cacheTenants > 0 ? await this.storedVersion(tenantId) : undefined;
    const cached = this.cache.get(tenantId);
    if (version !== undefined && cached?.version === version) {
      // Most recently used last, so the first key is the one to drop.
      this.cache.delete(tenantId);
      this.cache.set(tenantId, cached);
      return cached;
    }
    const out = await this.send(`reading the configuration of ${tenantId}`, () =>
      this.client.send(new GetCommand(getConfigParams(this.tableName, tenantId))),
    );
    if (!out.Item) return undefined;
    const stored = storedConfigOf(out.Item);
    if (version !== undefined) this.remember(tenantId, stored);
    return stored;
  }

  private remember(tenantId: string, stored: StoredConfig): void {
    this.cache.delete(tenantId);
    this.cache.set(tenantId, stored);
    if (this.cache.size > this.cacheTenants) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
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
    const changes = capChanges(diffConfig(current?.config, input.config), this.maxAuditChanges);
    const config = configItem(input, version);
    const audit = configVersionItem(input, version, changes);
    const size = Math.max(itemSizeBytes(config), itemSizeBytes(audit));
    if (size > this.maxItemBytes) throw new ConfigTooLargeError(size, this.maxItemBytes);

    const params = saveConfigParams(this.tableName, {
      config,
      version: audit,
      head: configHeadItem(input.tenantId, version),
      expectedVersion: input.expectedVersion,
    });
    for (let attempt = 1; ; attempt++) {
      try {
        await this.client.send(new TransactWriteCommand(params));
        return { config: input.config, version, updatedAt: input.at, updatedBy: input.actor };
      } catch (error) {
        const cancellation = cancellationOf(error);
        if (!cancellation || !(cancellation.conditionFailed || cancellation.transactionConflict)) {
          throw new StoreFailureError(`saving the configuration of ${input.tenantId}`, { cause: error });
        }
        const actual = await this.storedVersion(input.tenantId);
        if (cancellation.conditionFailed || actual !== input.expectedVersion) {
          throw new VersionConflictError(input.expectedVersion, actual);
        }
        // Only a concurrent transaction got in the way and nothing was written: try again.
        if (attempt >= SAVE_ATTEMPTS) {
          throw new StoreFailureError(`saving the configuration of ${input.tenantId}`, { cause: error });
        }
      }
    }
  }

  async listAudit(tenantId: string, options: { limit: number; before?: number }): Promise<AuditEntry[]> {
    const limit = Math.min(Math.max(Math.trunc(options.limit), 1), MAX_AUDIT_PAGE);
    const entries: AuditEntry[] = [];
    let startKey: Record<string, unknown> | undefined;
    // Version items are large, so one page may stop short of `limit`; keep reading until it is met.
    do {
      const page = await this.send(`reading the audit trail of ${tenantId}`, () =>
        this.client.send(
          new QueryCommand(
            listAuditParams(this.tableName, tenantId, {
              limit: limit - entries.length,
              ...(options.before === undefined ? {} : { before: options.before }),
              ...(startKey ? { exclusiveStartKey: startKey } : {}),
            }),
          ),
        ),
      );
      for (const item of page.Items ?? []) entries.push(auditEntryOf(item));
      startKey = page.LastEvaluatedKey;
    } while (startKey && entries.length < limit);
    return entries;
  }

  /** The current version from the head; undefined for no tenant (or one stored before heads existed). */
  private async storedVersion(tenantId: string): Promise<number | undefined> {
    const out = await this.send(`reading the version of ${tenantId}`, () =>
      this.client.send(new GetCommand(getConfigVersionParams(this.tableName, tenantId))),
    );
    return headVersionOf(out.Item);
  }

  /** Runs one request; any SDK error leaves as a named error with the original as `cause`. */
  private async send<T>(operation: string, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw new StoreFailureError(operation, { cause: error });
    }
  }
}
