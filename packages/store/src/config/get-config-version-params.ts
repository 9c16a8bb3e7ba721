import type { GetCommandInput } from '@aws-sdk/lib-dynamodb';
import { configHeadKey } from '../table/keys.js';

/**
 * Reads the configuration's head (its current version), strongly consistent: an admin's change is
 * seen by the next request of every instance. The head is a few bytes, so this costs one read unit.
 */
export function getConfigVersionParams(tableName: string, tenantId: string): GetCommandInput {
  return { TableName: tableName, Key: configHeadKey(tenantId), ConsistentRead: true };
}
