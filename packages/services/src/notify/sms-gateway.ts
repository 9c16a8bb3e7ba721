import type { SmsMessage, SmsProviderSettings } from '@openhall/domain';

/** A message ready for a provider: the caller's message, its rendered text and the tenant's signature. */
export interface OutgoingSms {
  message: SmsMessage;
  /** The full text as the phone shows it, signature first (a webhook gateway sends it as it is). */
  text: string;
  signName: string;
}

/** What a provider answered when it took a message. */
export interface SmsReceipt {
  /** The provider's id of the send (Tencent SerialNo, Alibaba BizId, a gateway's id), when it gives one. */
  providerMessageId?: string;
}

/**
 * Hands one message to the tenant's provider. Resolves when the provider took it; rejects with
 * `SmsRejectedError` when the provider answered that it did not send it, and with any other error when
 * the outcome is unknown.
 */
export interface SmsGateway {
  send(provider: SmsProviderSettings, sms: OutgoingSms): Promise<SmsReceipt>;
}
