import { DomainError } from '../shared/errors.js';

/** The SMS templates the product sends; a provider adapter maps each to its approved template. */
export type SmsTemplateKey = 'verification-code' | 'booking-reminder';

/** One SMS to send: an approved template filled with named parameters. */
export interface SmsMessage {
  templateKey: SmsTemplateKey;
  /** Named parameters of the template (Alibaba-style; a Tencent adapter orders them). */
  params: Readonly<Record<string, string>>;
  /** The same key twice sends once: providers' own send calls are not idempotent. */
  idempotencyKey: string;
  /** The recipient, a normalised mainland mobile number. Never logged. */
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
  sendSms(message: SmsMessage): Promise<void>;
}
