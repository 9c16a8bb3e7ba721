import { DomainError } from '../shared/errors.js';

/**
 * The SMS templates the product sends. A key names the same message in every tenant and with every
 * provider: the tenant's zh text and the provider's approved template are looked up by it.
 */
export const SMS_TEMPLATE_KEYS = [
  'verification-code',
  'booking-reminder-day-before',
  'booking-reminder-hour-before',
  'booking-late',
  'overdue-digest',
  'staff-booking-late',
] as const;
export type SmsTemplateKey = (typeof SMS_TEMPLATE_KEYS)[number];

/** One SMS to send: an approved template filled with named parameters. */
export interface SmsMessage {
  /** The tenant whose provider, credentials and texts send it. */
  tenantId: string;
  templateKey: SmsTemplateKey;
  /** Named parameters of the template (`SMS_TEMPLATE_PARAMS`); a Tencent adapter orders them. */
  params: Readonly<Record<string, string>>;
  /**
   * The same key twice (per tenant) sends once: providers' own send calls are not idempotent. Build it
   * from ids, never from a phone (e.g. `verification-{id}`, `reminder-day-before-{bookingCode}`).
   */
  idempotencyKey: string;
  /** The recipient, a normalised mainland mobile number. Never logged, never in an event. */
  phone: string;
}

/** No SMS can be sent (no provider configured, or the provider is down). */
export class SmsUnavailableError extends DomainError {
  readonly code = 'sms_unavailable';
  constructor(options?: { cause?: unknown }) {
    super('text messages cannot be sent at the moment', options);
  }
}

/** Port for sending notifications to citizens; rejects with `SmsUnavailableError` when it cannot. */
export interface Notifier {
  /** Resolves once the message is handed to the provider, or was already for this idempotency key. */
  sendSms(message: SmsMessage): Promise<void>;
}
