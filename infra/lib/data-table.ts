import { type KeyAttribute, type TableDefinition, tableDefinition } from '@openhall/store';
import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, StreamViewType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';

// The store's definition spells types and projections as DynamoDB's own letters, which are
// exactly these enums' values; mapping explicitly keeps a future mismatch a compile error.
const ATTRIBUTE_TYPES = {
  S: AttributeType.STRING,
  N: AttributeType.NUMBER,
  B: AttributeType.BINARY,
} as const;
const PROJECTIONS = { ALL: ProjectionType.ALL } as const;
const BILLING_MODES = { PAY_PER_REQUEST: BillingMode.PAY_PER_REQUEST } as const;

function attribute(key: KeyAttribute): { name: string; type: AttributeType } {
  return { name: key.name, type: ATTRIBUTE_TYPES[key.type] };
}

/** The single table, shaped by the definition `@openhall/store` also uses to create DynamoDB Local tables. */
export class DataTable extends Construct {
  readonly table: Table;
  readonly definition: TableDefinition;

  constructor(scope: Construct, id: string, definition: TableDefinition = tableDefinition) {
    super(scope, id);
    this.definition = definition;

    this.table = new Table(this, definition.logicalName, {
      partitionKey: attribute(definition.partitionKey),
      sortKey: attribute(definition.sortKey),
      billingMode: BILLING_MODES[definition.billingMode],
      timeToLiveAttribute: definition.timeToLiveAttribute,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      // The transactional outbox leaves through the stream: an EventBridge Pipe reads new outbox items.
      stream: StreamViewType.NEW_IMAGE,
      // Tenant configuration, bookings and the audit trail live here: never deleted by a stack change.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    for (const index of definition.globalSecondaryIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: attribute(index.partitionKey),
        sortKey: attribute(index.sortKey),
        projectionType: PROJECTIONS[index.projectionType],
      });
    }
  }

  /** Index names the API may query; the IAM policy names each one instead of `index/*`. */
  get indexNames(): string[] {
    return this.definition.globalSecondaryIndexes.map((index) => index.indexName);
  }
}
