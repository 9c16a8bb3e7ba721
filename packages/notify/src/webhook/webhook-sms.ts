import { createHmac } from 'node:crypto';
import { SmsOutcomeUnknownError, type SmsProviderSettings, SmsRejectedError } from '@openhall/domain';
import type { OutgoingSms, SmsReceipt } from '@openhall/services';
import { z } from 'zod';
import { type Fetch, postToProvider } from '../provider-call.js';

export type WebhookSmsSettings = Extract<SmsProviderSettings, { kind: 'webhook' }>;

/** What the tenant's secret holds for its gateway: the key both sides sign with. */
export const WebhookCredentialsSchema = z.object({ signingKey: z.string().min(32) });
export type WebhookCredentials = z.infer<typeof WebhookCredentialsSchema>;

/** Header carrying `sha256={hex HMAC-SHA256 of "{timestamp}.{body}"}`. */
export const WEBHOOK_SIGNATURE_HEADER = 'x-openhall-signature';
/** Header carrying the Unix seconds the signature covers (a gateway refuses stale ones). */
export const WEBHOOK_TIMESTAMP_HEADER = 'x-openhall-timestamp';

/**
 * The signature a gateway checks: HMAC-SHA256 with the shared key over `{timestamp}.{body}`, as
 * lowercase hex after `sha256=`. Timestamp and body are both signed, so neither can be replayed alone.
 */
export function webhookSignature(signingKey: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', signingKey).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
}

const AnswerSchema = z.object({ id: z.string().max(200).optional() }).loose();

/**
 * A district's own SMS gateway: an HTTPS POST of the message as JSON (tenant, template key, named
 * parameters, the rendered text, the idempotency key, the phone), signed with HMAC-SHA256, with the
 * idempotency key also as the `Idempotency-Key` header so the gateway can drop a repeat. 2xx: taken
 * (its `id`, if any, is kept); 408 or 5xx or no answer: unknown; any other 4xx: refused.
 */
export async function sendWebhookSms(input: {
  fetch: Fetch;
  credentials: WebhookCredentials;
  settings: WebhookSmsSettings;
  sms: OutgoingSms;
  now: Date;
}): Promise<SmsReceipt> {
  const { message, text } = input.sms;
  const body = JSON.stringify({
    tenantId: message.tenantId,
    templateKey: message.templateKey,
    params: message.params,
    text,
    idempotencyKey: message.idempotencyKey,
    phone: message.phone,
  });
  const timestamp = String(Math.floor(input.now.getTime() / 1000));
  const answer = await postToProvider('webhook', input.fetch, input.settings.url, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Idempotency-Key': `${message.tenantId}:${message.idempotencyKey}`,
      [WEBHOOK_TIMESTAMP_HEADER]: timestamp,
      [WEBHOOK_SIGNATURE_HEADER]: webhookSignature(input.credentials.signingKey, timestamp, body),
    },
    body,
  });
  if (answer.status >= 200 && answer.status < 300) {
    const parsed = AnswerSchema.safeParse(answer.body);
    return parsed.success && parsed.data.id ? { providerMessageId: parsed.data.id } : {};
  }
  if (answer.status === 408) throw new SmsOutcomeUnknownError('webhook', 'http 408');
  throw new SmsRejectedError('webhook', `http_${answer.status}`);
}
