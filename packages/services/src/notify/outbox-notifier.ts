import {
  assertSmsParams,
  type NotificationSettings,
  type Notifier,
  type SmsMessage,
  smsText,
} from '@openhall/domain';

/** A message as the outbox keeps it, with when it was handed over and the text the phone would show. */
export interface OutboxEntry extends SmsMessage {
  at: Date;
  text: string;
}

export interface OutboxNotifierOptions {
  now?: () => Date;
  /** How many messages are kept (the oldest go first). */
  capacity?: number;
  /** The tenant's texts and signature (its configuration's `notifications`); the defaults without. */
  settingsOf?: (tenantId: string) => Promise<Pick<NotificationSettings, 'signName' | 'texts'> | undefined>;
}

/**
 * The development and test notifier: sends nothing, keeps every message in process (newest last,
 * at most `capacity`) with its rendered text, once per tenant and idempotency key. Never for a
 * deployment: it holds codes in memory.
 */
export class OutboxNotifier implements Notifier {
  readonly #entries: OutboxEntry[] = [];
  readonly #now: () => Date;
  readonly #capacity: number;
  readonly #settingsOf: OutboxNotifierOptions['settingsOf'];

  constructor(options: OutboxNotifierOptions | (() => Date) = {}) {
    const o = typeof options === 'function' ? { now: options } : options;
    this.#now = o.now ?? (() => new Date());
    this.#capacity = o.capacity ?? 200;
    this.#settingsOf = o.settingsOf;
  }

  async sendSms(message: SmsMessage): Promise<void> {
    assertSmsParams(message.templateKey, message.params);
    const same = (e: OutboxEntry) =>
      e.tenantId === message.tenantId && e.idempotencyKey === message.idempotencyKey;
    if (this.#entries.some(same)) return;
    const settings = await this.#settingsOf?.(message.tenantId);
    this.#entries.push({ ...message, at: this.#now(), text: smsText(message, settings) });
    if (this.#entries.length > this.#capacity) this.#entries.shift();
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
