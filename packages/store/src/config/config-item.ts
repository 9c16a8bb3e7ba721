import {
  type SaveConfigInput,
  type StoredConfig,
  type Tenant,
  TenantConfigSchema,
  TenantSchema,
} from '@openhall/domain';
import { z } from 'zod';
import { StoredItemInvalidError } from '../table/errors.js';
import { configKey, type TableKey, tenantDirectoryKeys } from '../table/keys.js';

/** The item holding a tenant's current configuration; its `gsi1` keys list the tenant in the directory. */
export interface ConfigItem extends TableKey {
  gsi1pk: string;
  gsi1sk: string;
  entity: 'TenantConfig';
  tenantId: string;
  version: number;
  config: SaveConfigInput['config'];
  updatedAt: string;
  updatedBy: string;
}

/** Builds the CONFIG item of version `version` from a save request. */
export function configItem(input: SaveConfigInput, version: number): ConfigItem {
  return {
    ...configKey(input.tenantId),
    ...tenantDirectoryKeys(input.tenantId),
    entity: 'TenantConfig',
    tenantId: input.tenantId,
    version,
    config: input.config,
    updatedAt: input.at,
    updatedBy: input.actor,
  };
}

const StoredConfigItemSchema = z.object({
  version: z.number().int().min(1),
  updatedAt: z.string(),
  updatedBy: z.string(),
  config: TenantConfigSchema,
});

/** Reads a CONFIG item back, checking it against the same schema the API validates with. */
export function storedConfigOf(item: Record<string, unknown>): StoredConfig {
  const parsed = StoredConfigItemSchema.safeParse(item);
  if (!parsed.success) throw new StoredItemInvalidError('tenant configuration', { cause: parsed.error });
  return parsed.data;
}

const DirectoryItemSchema = z.object({ config: z.object({ tenant: TenantSchema }) });

/** Reads the tenant out of a directory entry (a CONFIG item projected to `config.tenant`). */
export function tenantOf(item: Record<string, unknown>): Tenant {
  const parsed = DirectoryItemSchema.safeParse(item);
  if (!parsed.success) throw new StoredItemInvalidError('tenant directory entry', { cause: parsed.error });
  return parsed.data.config.tenant;
}
