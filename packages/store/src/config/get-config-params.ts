import type { GetCommandInput } from '@aws-sdk/lib-dynamodb';
import { configKey } from '../table/keys.js';

/** Reads a tenant's current configuration; strongly consistent because admins read, edit, then write. */
export function getConfigParams(tableName: string, tenantId: string): GetCommandInput {
  return { TableName: tableName, Key: configKey(tenantId), ConsistentRead: true };
}
