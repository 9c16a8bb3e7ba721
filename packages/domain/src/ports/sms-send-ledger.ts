import type { SmsTemplateKey } from './notifier.js';

/** Days a send record is kept (then removed by the table's TTL); a retry comes within minutes. */
export const SMS_SEND_RECORD_DAYS = 30;

/** What the ledger keeps of one send: ids and facts, never the phone or the text. */
export interface SmsSendClaim {
  tenantId: string;
  idempotencyKey: string;
  templateKey: SmsTemplateKey;
  /** Which provider kind was asked (`tencent`, `alibaba`, `webhook`). */
  provider: string;
  /** ISO 8601 +08:00. */
  at: string;
}

/**
 * The product's own record of SMS sends, one per tenant and idempotency key, because no provider's
 * send call is idempotent. Record-before-send: the claim is written (conditionally) before the
 * provider is called, so two attempts with one key never both send.
 */
export interface SmsSendLedger {
  /**
   * Claims the key for one send attempt: true when this caller may send now (no record, or the last
   * attempt was refused by the provider); false when it is sent or its outcome is unknown.
   */
  claim(claim: SmsSendClaim): Promise<boolean>;
  /** The provider took the message; `providerMessageId` is its id (Tencent SerialNo, Alibaba BizId). */
  markSent(tenantId: string, idempotencyKey: string, at: string, providerMessageId?: string): Promise<void>;
  /** The provider refused the message (nothing was sent): the key may be claimed again. */
  markRejected(tenantId: string, idempotencyKey: string, at: string, providerCode: string): Promise<void>;
}
