import type { Notifier, SmsMessage } from '@openhall/domain';

/** A message as the outbox keeps it, with when it was handed over. */
export interface OutboxEntry extends SmsMessage {
  at: Date;
}

/**
 * The development and test notifier: sends nothing, keeps every message in process (newest last,
 * at most `capacity`), once per idempotency key. Never for a deployment: it holds codes in memory.
 */
export class OutboxNotifier implements Notifier {
  readonly #entries: OutboxEntry[] = [];

  constructor(
    private readonly now: () => Date = () => new Date(),
    private readonly capacity = 200,
  ) {}

  async sendSms(message: SmsMessage): Promise<void> {
    if (this.#entries.some((e) => e.idempotencyKey === message.idempotencyKey)) return;
    this.#entries.push({ ...message, at: this.now() });
    if (this.#entries.length > this.capacity) this.#entries.shift();
  }

  /** What would have been sent, oldest first. */
  entries(): readonly OutboxEntry[] {
    return this.#entries;
  }

  /** The code of the last message to `phone` (tests read it as a citizen reads the SMS). */
  lastCodeTo(phone: string): string | undefined {
    return this.#entries.findLast((e) => e.phone === phone)?.params.code;
  }
}
