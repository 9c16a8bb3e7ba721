import type { DomainEvent } from '@openhall/domain';
import { tenantPk } from '../table/keys.js';
import type { TransactItem } from '../table/transact-item.js';

/** Days an outbox item stays after it was written; the relay has long delivered it by then. */
export const OUTBOX_RETENTION_DAYS = 7;

/**
 * The outbox item of one event: written in the same `TransactWriteItems` as the state change it
 * describes, never on its own. In AWS the table's stream carries it to an EventBridge Pipe; locally
 * the in-process relay reads it. `entity: 'OutboxEvent'` is what the Pipe's filter matches.
 * Its key sorts a tenant's events by time: `TENANT#{t}#OUTBOX` / `EVT#{occurredAt}#{eventId}`.
 */
export function outboxItem(event: DomainEvent): Record<string, unknown> {
  return {
    pk: `${tenantPk(event.tenantId)}#OUTBOX`,
    sk: `EVT#${event.occurredAt}#${event.eventId}`,
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
