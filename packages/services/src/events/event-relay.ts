import type { DomainEvent, OutboxStore } from '@openhall/domain';

export interface EventRelayDeps {
  outbox: OutboxStore;
  /** The tenants whose outboxes are read (the tenant directory). */
  tenants: () => Promise<string[]>;
  /** Hands one event to its consumers (`deliverEvent`); a rejection leaves it pending for the next round. */
  deliver: (event: DomainEvent) => Promise<void>;
  now: () => Date;
  /** Told of a delivery that failed (ids only). */
  onFailure?: (error: unknown, event?: DomainEvent) => void;
}

/** How many events of one tenant a round relays at most. */
export const RELAY_BATCH = 100;

/**
 * The local relay over the transactional outbox (in AWS, the table's stream and an EventBridge Pipe
 * do this): each round reads every tenant's pending events, oldest first, delivers each and marks it
 * relayed. A delivery that fails stays pending and is tried again next round; a relay stopped
 * between a delivery and its mark delivers that event again after a restart, which consumers ignore
 * by event id. Nothing committed is lost: the pending marker is written in the change's transaction.
 */
export class EventRelay {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: Promise<unknown> | undefined;

  constructor(private readonly deps: EventRelayDeps) {}

  /** One round over every tenant until no tenant has anything pending (or only failures are left). */
  async drain(): Promise<{ delivered: number; failed: number }> {
    let delivered = 0;
    let failed = 0;
    for (;;) {
      const round = await this.relayOnce();
      delivered += round.delivered;
      failed += round.failed;
      if (round.delivered === 0) return { delivered, failed };
    }
  }

  /** One batch per tenant. */
  async relayOnce(): Promise<{ delivered: number; failed: number }> {
    let delivered = 0;
    let failed = 0;
    for (const tenantId of await this.deps.tenants()) {
      for (const event of await this.deps.outbox.pending(tenantId, RELAY_BATCH)) {
        try {
          await this.deps.deliver(event);
        } catch (error) {
          failed++;
          this.deps.onFailure?.(error, event);
          continue;
        }
        await this.deps.outbox.markRelayed(tenantId, event, this.deps.now());
        delivered++;
      }
    }
    return { delivered, failed };
  }

  /** Relays every `intervalMs` until `stop`. */
  start(intervalMs: number): void {
    const tick = () => {
      this.#running = this.drain()
        .catch((error: unknown) => this.deps.onFailure?.(error))
        .finally(() => {
          if (this.#timer !== undefined) this.#timer = setTimeout(tick, intervalMs);
        });
    };
    this.#timer = setTimeout(tick, intervalMs);
  }

  async stop(): Promise<void> {
    const timer = this.#timer;
    this.#timer = undefined;
    if (timer) clearTimeout(timer);
    await this.#running;
  }
}
