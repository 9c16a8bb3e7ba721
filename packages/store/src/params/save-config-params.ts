import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { ConfigItem } from '../config-item.js';
import type { ConfigVersionItem } from '../config-version-item.js';

export interface SaveConfigItems {
  config: ConfigItem;
  version: ConfigVersionItem;
  /** The version the writer read; undefined when creating the tenant. */
  expectedVersion: number | undefined;
}

/**
 * One transaction: the CONFIG item moves forward only from the version the writer read, and the
 * version item can be written once. Either both land or neither, so the audit trail never misses
 * or invents a version.
 */
export function saveConfigParams(tableName: string, items: SaveConfigItems): TransactWriteCommandInput {
  const configCondition =
    items.expectedVersion === undefined
      ? { ConditionExpression: 'attribute_not_exists(pk)' }
      : {
          ConditionExpression: '#version = :expected',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':expected': items.expectedVersion },
        };
  return {
    TransactItems: [
      { Put: { TableName: tableName, Item: items.config, ...configCondition } },
      { Put: { TableName: tableName, Item: items.version, ConditionExpression: 'attribute_not_exists(pk)' } },
    ],
  };
}
