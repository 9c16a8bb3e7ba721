import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { type DomainEvent, DomainEventSchema } from '@openhall/domain';

/** What the EventBridge Pipe puts on the bus: the DynamoDB stream record of an outbox item's INSERT. */
export interface OutboxStreamDetail {
  eventName?: string;
  dynamodb?: { NewImage?: Record<string, AttributeValue> };
}

/**
 * The domain event carried by an outbox item's stream record (the Pipe's filter lets only those
 * through), checked against the envelope; undefined for any other record.
 */
export function eventOfStreamRecord(detail: OutboxStreamDetail): DomainEvent | undefined {
  const image = detail.dynamodb?.NewImage;
  if (!image) return undefined;
  const item = unmarshall(image);
  if (item.entity !== 'OutboxEvent') return undefined;
  return DomainEventSchema.parse(item.event);
}
