import { type DynamoDBDocumentClient, GetCommand, type GetCommandInput } from '@aws-sdk/lib-dynamodb';
import { type Province, ProvinceSchema } from '@openhall/domain';
import { provinceMembershipKey } from '../reports/province-directory.js';
import { send } from '../table/send.js';
import type { OutboxStreamDetail } from './outbox-stream-record.js';

/** How long an instance trusts a tenant's province it read (a district rarely changes province). */
export const PROVINCE_CACHE_TTL_MS = 5 * 60_000;

/**
 * The one read of a tenant's province: its province membership item (`TENANT#{t}` / `PROVINCE`),
 * the `province` attribute only (the enrichment's role may read no other attribute).
 */
export function provinceOfTenantParams(tableName: string, tenantId: string): GetCommandInput {
  return {
    TableName: tableName,
    Key: provinceMembershipKey(tenantId),
    ProjectionExpression: '#province',
    ExpressionAttributeNames: { '#province': 'province' },
  };
}

/** The provinces of some tenants; a tenant without a province (no membership item) is absent. */
export type ProvinceLookup = (tenantIds: readonly string[]) => Promise<Map<string, Province>>;

export interface CachedProvinceLookupOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  ttlMs?: number;
  now?: () => number;
}

/**
 * Each tenant's province, read with one GetItem per tenant not in the cache (at most one per tenant
 * per call, whatever the number of its events) and kept for `ttlMs` in this instance. "No province"
 * is cached as well, so an unconfigured tenant costs no more than a configured one.
 */
export function cachedProvinceLookup(options: CachedProvinceLookupOptions): ProvinceLookup {
  const { client, tableName } = options;
  const ttlMs = options.ttlMs ?? PROVINCE_CACHE_TTL_MS;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { province: Province | undefined; until: number }>();
  return async (tenantIds) => {
    const at = now();
    const missing = [...new Set(tenantIds)].filter((id) => (cache.get(id)?.until ?? 0) <= at);
    await Promise.all(
      missing.map(async (tenantId) => {
        const out = await send("reading a tenant's province", () =>
          client.send(new GetCommand(provinceOfTenantParams(tableName, tenantId))),
        );
        const parsed = ProvinceSchema.safeParse(out.Item?.province);
        cache.set(tenantId, { province: parsed.success ? parsed.data : undefined, until: at + ttlMs });
      }),
    );
    const provinces = new Map<string, Province>();
    for (const id of tenantIds) {
      const province = cache.get(id)?.province;
      if (province) provinces.set(id, province);
    }
    return provinces;
  };
}

/**
 * The archive's partition of a district with no province (no membership item): the Glue table lists
 * it with the provinces, so its events stay queryable.
 */
export const UNASSIGNED_PROVINCE = 'unassigned';

/** The archive partition of a record: its district's province, or `unassigned`. */
export type ArchiveProvince = Province | typeof UNASSIGNED_PROVINCE;

/** A stream record of an outbox item as the Pipe hands it on, with its tenant's province beside it. */
export type ProvincedStreamDetail = OutboxStreamDetail & { province: ArchiveProvince };

/** The tenant id an outbox item's stream image carries (its `tenantId` attribute). */
export function tenantOfStreamRecord(record: OutboxStreamDetail): string | undefined {
  const tenant = record.dynamodb?.NewImage?.tenantId;
  return tenant && 'S' in tenant && typeof tenant.S === 'string' ? tenant.S : undefined;
}

/**
 * The Pipe's enrichment: every record of the batch, unchanged and in order, with one field added
 * beside it (never inside the item or the event): `province`, its tenant's province, or
 * `unassigned` for a tenant with no province (or a record with no tenant). Always present, so the
 * archive rule's path to it always resolves. One lookup for the batch's distinct tenants.
 */
export async function addProvinces<R extends OutboxStreamDetail>(
  records: readonly R[],
  lookup: ProvinceLookup,
): Promise<(R & { province: ArchiveProvince })[]> {
  const tenants = records.map(tenantOfStreamRecord);
  const provinces = await lookup([...new Set(tenants.filter((t): t is string => t !== undefined))]);
  return records.map((record, i) => {
    const tenantId = tenants[i];
    const province = (tenantId === undefined ? undefined : provinces.get(tenantId)) ?? UNASSIGNED_PROVINCE;
    return { ...record, province };
  });
}
