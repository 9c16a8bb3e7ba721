import type { QueryCommandInput, UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import { GSI1 } from '../table/table-definition.js';
import { outboxKey, outboxPendingGsiPk } from './outbox-item.js';

/** A tenant's events not yet relayed, oldest first: one Query on the sparse pending partition. */
export function pendingOutboxParams(tableName: string, tenantId: string, limit: number): QueryCommandInput {
  return {
    TableName: tableName,
    IndexName: GSI1,
    KeyConditionExpression: '#gsi1pk = :pending',
    ExpressionAttributeNames: { '#gsi1pk': 'gsi1pk' },
    ExpressionAttributeValues: { ':pending': outboxPendingGsiPk(tenantId) },
    Limit: limit,
  };
}

/**
 * An event relayed: the pending marker removed (so the index holds only what is left to relay) and
 * the time kept on the item. Only where the item exists: its time to live may have passed.
 */
export function markRelayedParams(
  tableName: string,
  tenantId: string,
  eventId: string,
  at: string,
): UpdateCommandInput {
  return {
    TableName: tableName,
    Key: outboxKey(tenantId, eventId),
    UpdateExpression: 'REMOVE #gsi1pk, #gsi1sk SET #relayedAt = :at',
    ConditionExpression: 'attribute_exists(pk)',
    ExpressionAttributeNames: { '#gsi1pk': 'gsi1pk', '#gsi1sk': 'gsi1sk', '#relayedAt': 'relayedAt' },
    ExpressionAttributeValues: { ':at': at },
  };
}
