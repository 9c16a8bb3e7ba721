import { randomUUID } from 'node:crypto';
import { type SmsProviderSettings, SmsRejectedError } from '@openhall/domain';
import type { OutgoingSms, SmsGateway, SmsReceipt } from '@openhall/services';
import type { z } from 'zod';
import { AlibabaCredentialsSchema, sendAlibabaSms } from './alibaba/alibaba-sms.js';
import type { Fetch } from './provider-call.js';
import type { SecretSource } from './secrets/secrets-manager-secrets.js';
import { sendTencentSms, TencentCredentialsSchema } from './tencent/tencent-sms.js';
import { sendWebhookSms, WebhookCredentialsSchema } from './webhook/webhook-sms.js';

export interface ProviderSmsGatewayOptions {
  secrets: SecretSource;
  fetch?: Fetch;
  now?: () => Date;
  nonce?: () => string;
  /** Other endpoints than the providers' own (tests point them at a local fake). */
  endpoints?: { tencent?: string; alibaba?: string };
}

/**
 * Sends through the provider a tenant's settings name, with the credentials read from the secret
 * they name. Credentials that cannot be read or do not fit are a refusal (nothing was sent).
 */
export class ProviderSmsGateway implements SmsGateway {
  readonly #fetch: Fetch;
  readonly #now: () => Date;
  readonly #nonce: () => string;

  constructor(private readonly options: ProviderSmsGatewayOptions) {
    this.#fetch = options.fetch ?? ((...args) => globalThis.fetch(...args));
    this.#now = options.now ?? (() => new Date());
    this.#nonce = options.nonce ?? randomUUID;
  }

  async send(provider: SmsProviderSettings, sms: OutgoingSms): Promise<SmsReceipt> {
    const common = { fetch: this.#fetch, sms, now: this.#now() };
    switch (provider.kind) {
      case 'tencent':
        return sendTencentSms({
          ...common,
          settings: provider,
          credentials: await this.#credentials(provider, TencentCredentialsSchema),
          ...(this.options.endpoints?.tencent ? { endpoint: this.options.endpoints.tencent } : {}),
        });
      case 'alibaba':
        return sendAlibabaSms({
          ...common,
          settings: provider,
          credentials: await this.#credentials(provider, AlibabaCredentialsSchema),
          nonce: this.#nonce(),
          ...(this.options.endpoints?.alibaba ? { endpoint: this.options.endpoints.alibaba } : {}),
        });
      case 'webhook':
        return sendWebhookSms({
          ...common,
          settings: provider,
          credentials: await this.#credentials(provider, WebhookCredentialsSchema),
        });
    }
  }

  async #credentials<T>(provider: SmsProviderSettings, schema: z.ZodType<T>): Promise<T> {
    let value: unknown;
    try {
      value = await this.options.secrets.secretJson(provider.secretName);
    } catch (error) {
      throw new SmsRejectedError(provider.kind, 'credentials_unavailable', { cause: error });
    }
    const parsed = schema.safeParse(value);
    // The zod issue names the field only; a secret's value never reaches an error.
    if (!parsed.success) throw new SmsRejectedError(provider.kind, 'credentials_invalid');
    return parsed.data;
  }
}
