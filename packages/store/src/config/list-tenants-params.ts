import type { QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { TENANT_DIRECTORY_PK } from '../table/keys.js';
import { GSI1 } from '../table/table-definition.js';

/**
 * The tenant directory: one `gsi1` partition holding only CONFIG items, ordered by tenant id.
 * Projected to `config.tenant` so the response stays small even though each item holds a whole
 * configuration.
 */
export function listTenantsParams(
  tableName: string,
  exclusiveStartKey?: Record<string, unknown>,
): QueryCommandInput {
  return {
    TableName: tableName,
    IndexName: GSI1,
    KeyConditionExpression: '#gsi1pk = :directory',
    ProjectionExpression: '#config.#tenant',
    ExpressionAttributeNames: { '#gsi1pk': 'gsi1pk', '#config': 'config', '#tenant': 'tenant' },
    ExpressionAttributeValues: { ':directory': TENANT_DIRECTORY_PK },
    ...(exclusiveStartKey ? { ExclusiveStartKey: exclusiveStartKey } : {}),
  };
}
