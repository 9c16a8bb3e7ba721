import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/** DynamoDB key attribute types; the letters equal aws-cdk-lib's `AttributeType` values. */
export type KeyAttributeType = 'S' | 'N' | 'B';

export interface KeyAttribute {
  name: string;
  type: KeyAttributeType;
}

export interface GlobalIndexDefinition {
  indexName: string;
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute;
  /** Equals aws-cdk-lib's `ProjectionType.ALL`. */
  projectionType: 'ALL';
}

/** The one table of OpenHall as plain data, shared by the CDK stack and the local `CreateTable`. */
export interface TableDefinition {
  /** Construct id the stack gives the table. */
  logicalName: string;
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute;
  globalSecondaryIndexes: readonly GlobalIndexDefinition[];
  billingMode: 'PAY_PER_REQUEST';
  /** Epoch-seconds attribute DynamoDB expires items by (idempotency records, guards); the stack enables it. */
  timeToLiveAttribute: string;
}

/**
 * Single-table design: every tenant-owned item has a `pk` starting with `TENANT#{tenantId}`, and
 * `gsi1` is an overloaded index (first use: the tenant directory).
 * @example
 * // infra, with aws-cdk-lib (the type letters are the enum values):
 * new TableV2(this, tableDefinition.logicalName, {
 *   partitionKey: { name: tableDefinition.partitionKey.name, type: tableDefinition.partitionKey.type as AttributeType },
 *   sortKey: { name: tableDefinition.sortKey.name, type: tableDefinition.sortKey.type as AttributeType },
 *   globalSecondaryIndexes: tableDefinition.globalSecondaryIndexes.map((i) => ({ ... })),
 *   billing: Billing.onDemand(),
 *   timeToLiveAttribute: tableDefinition.timeToLiveAttribute,
 * });
 */
export const tableDefinition: TableDefinition = {
  logicalName: 'OpenHallTable',
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  globalSecondaryIndexes: [
    {
      indexName: 'gsi1',
      partitionKey: { name: 'gsi1pk', type: 'S' },
      sortKey: { name: 'gsi1sk', type: 'S' },
      projectionType: 'ALL',
    },
  ],
  billingMode: 'PAY_PER_REQUEST',
  timeToLiveAttribute: 'expiresAt',
};

/** Name of the overloaded secondary index. */
export const GSI1 = 'gsi1';

/** `CreateTable` input for DynamoDB Local (or a one-off script), built from {@link tableDefinition}. */
export function createTableInput(
  tableName: string,
  definition: TableDefinition = tableDefinition,
): CreateTableCommandInput {
  const attributes = new Map<string, KeyAttributeType>();
  const keys = [
    definition.partitionKey,
    definition.sortKey,
    ...definition.globalSecondaryIndexes.flatMap((i) => [i.partitionKey, i.sortKey]),
  ];
  for (const key of keys) attributes.set(key.name, key.type);
  return {
    TableName: tableName,
    BillingMode: definition.billingMode,
    AttributeDefinitions: [...attributes].map(([AttributeName, AttributeType]) => ({
      AttributeName,
      AttributeType,
    })),
    KeySchema: [
      { AttributeName: definition.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: definition.sortKey.name, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: definition.globalSecondaryIndexes.map((index) => ({
      IndexName: index.indexName,
      KeySchema: [
        { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
        { AttributeName: index.sortKey.name, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: index.projectionType },
    })),
  };
}
