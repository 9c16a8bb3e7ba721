import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AppLog, AppMetrics } from '@openhall/domain';
import {
  addProvinces,
  cachedProvinceLookup,
  type OutboxStreamDetail,
  type ProvincedStreamDetail,
  tenantOfStreamRecord,
  UNASSIGNED_PROVINCE,
} from '@openhall/store';

export interface OutboxEnrichmentOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  /** How long this instance keeps a tenant's province (the store's default when absent). */
  ttlMs?: number;
  now?: () => number;
  log?: AppLog;
  metrics?: AppMetrics;
}

/**
 * The outbox Pipe's enrichment, wired once per instance: each batch of outbox stream records comes
 * back whole and in order, each with its tenant's `province` beside it, for the event archive's
 * partitions. A table that cannot answer does not hold the consumers back: the batch goes on as
 * `unassigned`, counted and logged with tenant ids only.
 */
export function createOutboxEnrichment(options: OutboxEnrichmentOptions) {
  const lookup = cachedProvinceLookup({
    client: options.client,
    tableName: options.tableName,
    ...(options.ttlMs !== undefined ? { ttlMs: options.ttlMs } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  return async (records: readonly OutboxStreamDetail[]): Promise<ProvincedStreamDetail[]> => {
    try {
      return await addProvinces(records, lookup);
    } catch (error) {
      const tenants = [...new Set(records.map(tenantOfStreamRecord).filter(Boolean))].join(',');
      options.log?.warn('outbox events pass without their province', {
        tenants,
        error: error instanceof Error ? error.message : 'unknown',
      });
      options.metrics?.count('ArchiveProvinceMissed', records.length);
      return records.map((record) => ({ ...record, province: UNASSIGNED_PROVINCE }));
    }
  };
}
