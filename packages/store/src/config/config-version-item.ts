import type { AuditEntry, SaveConfigInput } from '@openhall/domain';
import { z } from 'zod';
import { StoredItemInvalidError } from '../table/errors.js';
import { configHeadKey, configVersionKey, type TableKey } from '../table/keys.js';
import type { ConfigChange } from './config-diff.js';

/** One accepted version: the audit entry (who, when, what) and a snapshot of the whole configuration. */
export interface ConfigVersionItem extends TableKey {
  entity: 'ConfigVersion';
  tenantId: string;
  version: number;
  at: string;
  actor: string;
  action: string;
  changes: ConfigChange[];
  config: SaveConfigInput['config'];
}

/** Builds the version item written beside the CONFIG item of the same version. */
export function configVersionItem(
  input: SaveConfigInput,
  version: number,
  changes: ConfigChange[],
): ConfigVersionItem {
  return {
    ...configVersionKey(input.tenantId, version),
    entity: 'ConfigVersion',
    tenantId: input.tenantId,
    version,
    at: input.at,
    actor: input.actor,
    action: input.action,
    changes,
    config: input.config,
  };
}

/** Attributes of a version item the audit trail shows; the snapshot stays behind. */
export const AUDIT_ATTRIBUTES = ['tenantId', 'version', 'at', 'actor', 'action', 'changes'] as const;

const AuditItemSchema = z.object({
  tenantId: z.string(),
  version: z.number().int().min(1),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  changes: z.array(
    z.object({
      op: z.enum(['add', 'remove', 'replace']),
      path: z.string(),
      oldValue: z.unknown().optional(),
      newValue: z.unknown().optional(),
      truncated: z.boolean().optional(),
    }),
  ),
});

/** Reads an audit entry out of a version item. */
export function auditEntryOf(item: Record<string, unknown>): AuditEntry {
  const parsed = AuditItemSchema.safeParse(item);
  if (!parsed.success) throw new StoredItemInvalidError('configuration audit entry', { cause: parsed.error });
  return parsed.data;
}

/** The head of a tenant's configuration: which version is current. Written with every version. */
export interface ConfigHeadItem extends TableKey {
  entity: 'ConfigHead';
  tenantId: string;
  version: number;
}

export function configHeadItem(tenantId: string, version: number): ConfigHeadItem {
  return { ...configHeadKey(tenantId), entity: 'ConfigHead', tenantId, version };
}

/** The version a head item names; undefined when there is no head (a tenant stored before heads). */
export function headVersionOf(item: Record<string, unknown> | undefined): number | undefined {
  const version = item?.version;
  return typeof version === 'number' && Number.isSafeInteger(version) && version > 0 ? version : undefined;
}
