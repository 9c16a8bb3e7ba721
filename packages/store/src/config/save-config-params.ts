import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { DomainEvent } from '@openhall/domain';
import { outboxPut } from '../outbox/outbox-item.js';
import { provinceMembershipPut } from '../reports/province-directory.js';
import { versionCondition } from '../table/versioned-write.js';
import type { ConfigItem } from './config-item.js';
import type { ConfigHeadItem, ConfigVersionItem } from './config-version-item.js';

export interface SaveConfigItems {
  config: ConfigItem;
  version: ConfigVersionItem;
  head: ConfigHeadItem;
  /** The version the writer read; undefined when creating the tenant. */
  expectedVersion: number | undefined;
  /** The `config.changed` event, written in the same transaction. */
  event: DomainEvent;
}

/**
 * One transaction: the CONFIG item moves forward only from the version the writer read, the version
 * item can be written once, and the head names the new version. All land or none, so the audit
 * trail never misses or invents a version and the head never names a version that is not stored;
 * the `config.changed` event lands with them.
 */
export function saveConfigParams(tableName: string, items: SaveConfigItems): TransactWriteCommandInput {
  const configCondition = versionCondition(items.expectedVersion);
  return {
    TransactItems: [
      { Put: { TableName: tableName, Item: items.config, ...configCondition } },
      { Put: { TableName: tableName, Item: items.version, ConditionExpression: 'attribute_not_exists(pk)' } },
      { Put: { TableName: tableName, Item: items.head } },
      // The district's place in its province's list (the provincial reports' one Query).
      provinceMembershipPut(tableName, items.config.tenantId, items.config.config.tenant.province),
      outboxPut(tableName, items.event),
    ],
  };
}
