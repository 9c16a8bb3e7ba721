import type { GetCommandInput } from '@aws-sdk/lib-dynamodb';
import { configKey } from '../keys.js';

/** Reads only the stored version number, e.g. to report it after a lost race. */
export function getConfigVersionParams(tableName: string, tenantId: string): GetCommandInput {
  return {
    TableName: tableName,
    Key: configKey(tenantId),
    ConsistentRead: true,
    ProjectionExpression: '#version',
    ExpressionAttributeNames: { '#version': 'version' },
  };
}
