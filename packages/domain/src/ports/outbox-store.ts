import type { DomainEvent } from '../events/domain-event.js';

/**
 * Port of the local relay over the transactional outbox: the events of one tenant not yet relayed,
 * oldest first, and marking them relayed. In AWS the table's stream and an EventBridge Pipe do this
 * job; locally `EventRelay` does it over the same items.
 */
export interface OutboxStore {
  pending(tenantId: string, limit: number): Promise<DomainEvent[]>;
  markRelayed(tenantId: string, event: DomainEvent, at: Date): Promise<void>;
}
