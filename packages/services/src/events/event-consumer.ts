import type { DomainEvent, OnceStore } from '@openhall/domain';
import { runOnce } from './run-once.js';

/** A consumer of domain events: the same code runs behind the bus in AWS and the relay locally. */
export interface EventConsumer {
  /** Names its once-records: a slug, stable across deployments. */
  name: string;
  handles(event: DomainEvent): boolean;
  handle(event: DomainEvent): Promise<void>;
}

/**
 * Hands an event to every consumer that takes it, each at most once per event id: a redelivered
 * event has no second effect. The first consumer that fails makes the delivery fail (so it is
 * retried); the ones that succeeded before it are skipped on the retry.
 */
export async function deliverEvent(
  deps: { onceStore: OnceStore; now: () => Date },
  consumers: readonly EventConsumer[],
  event: DomainEvent,
): Promise<void> {
  for (const consumer of consumers) {
    if (!consumer.handles(event)) continue;
    await runOnce(
      deps.onceStore,
      { tenantId: event.tenantId, scope: `event-${consumer.name}`, key: event.eventId, now: deps.now() },
      () => consumer.handle(event),
    );
  }
}
