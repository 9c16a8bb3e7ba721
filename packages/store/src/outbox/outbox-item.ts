import type { DomainEvent } from '@openhall/domain';
import { keyPart, tenantPk } from '../table/keys.js';
import type { TransactItem } from '../table/transact-item.js';

/** Days an outbox item stays after it was written; the relay has long delivered it by then. */
export const OUTBOX_RETENTION_DAYS = 7;

/** Sort key of an outbox item (one item per partition). */
export const OUTBOX_SK = 'EVENT';

/** `gsi1pk` of a tenant's events not yet relayed (a sparse index: relaying removes the marker). */
export function outboxPendingGsiPk(tenantId: string): string {
  return `${tenantPk(tenantId)}#OUTBOX#PENDING`;
}

/** The key of an event's outbox item. */
export function outboxKey(tenantId: string, eventId: string): { pk: string; sk: string } {
  return { pk: `${tenantPk(tenantId)}#OUTBOX#${keyPart(eventId, 'event id')}`, sk: OUTBOX_SK };
}

/**
 * The outbox item of one event: written in the same `TransactWriteItems` as the state change it
 * describes, never on its own. In AWS the table's stream carries it to an EventBridge Pipe (whose
 * filter matches `entity: 'OutboxEvent'` on an INSERT); locally the in-process relay finds it in the
 * sparse `gsi1` partition `TENANT#{t}#OUTBOX#PENDING`, ordered by time, and removes that marker once
 * relayed, so a restarted relay resumes where it stopped and never reads what it delivered.
 * Each event is its own partition (`TENANT#{t}#OUTBOX#{eventId}`), so a busy tenant's events spread
 * over the table instead of heating one partition.
 */
export function outboxItem(event: DomainEvent): Record<string, unknown> {
  return {
    ...outboxKey(event.tenantId, event.eventId),
    gsi1pk: outboxPendingGsiPk(event.tenantId),
    gsi1sk: `${event.occurredAt}#${event.eventId}`,
    entity: 'OutboxEvent',
    tenantId: event.tenantId,
    event,
    expiresAt: Math.floor(Date.parse(event.occurredAt) / 1000) + OUTBOX_RETENTION_DAYS * 86_400,
  };
}

/** The `Put` of an event's outbox item, to add to the transaction of the change it describes. */
export function outboxPut(tableName: string, event: DomainEvent): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: outboxItem(event),
      // An event id is written once: a retried transaction cannot record the same event twice.
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}
