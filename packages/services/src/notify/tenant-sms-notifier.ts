import {
  type AppLog,
  type AppMetrics,
  assertSmsParams,
  type ConfigStore,
  type Notifier,
  noMetrics,
  type SmsMessage,
  SmsRejectedError,
  type SmsSendLedger,
  SmsUnavailableError,
  smsText,
  toShanghaiIso,
} from '@openhall/domain';
import type { SmsGateway, SmsReceipt } from './sms-gateway.js';

export interface TenantSmsNotifierDeps {
  configStore: Pick<ConfigStore, 'getConfig'>;
  ledger: SmsSendLedger;
  gateway: SmsGateway;
  now: () => Date;
  metrics?: AppMetrics;
  log?: AppLog;
}

/**
 * Sends through the provider the tenant configured (`notifications.sms`), with the tenant's text, once
 * per idempotency key. Record-before-send: the key is claimed in the ledger first; a provider's refusal
 * frees it for a retry, an unknown outcome (timeout, 5xx) keeps it, so a message is sent at most once
 * (Alibaba's SendSms, like Tencent's, has no idempotency of its own). Any failure reaches the caller as
 * `SmsUnavailableError` with the cause attached.
 */
export class TenantSmsNotifier implements Notifier {
  readonly #metrics: AppMetrics;

  constructor(private readonly deps: TenantSmsNotifierDeps) {
    this.#metrics = deps.metrics ?? noMetrics;
  }

  async sendSms(message: SmsMessage): Promise<void> {
    assertSmsParams(message.templateKey, message.params);
    const stored = await this.deps.configStore.getConfig(message.tenantId);
    const settings = stored?.config.notifications;
    const provider = settings?.sms;
    if (!settings || !provider) throw new SmsUnavailableError();
    const { tenantId, idempotencyKey, templateKey } = message;
    const claimed = await this.deps.ledger.claim({
      tenantId,
      idempotencyKey,
      templateKey,
      provider: provider.kind,
      at: toShanghaiIso(this.deps.now()),
    });
    if (!claimed) return;
    let receipt: SmsReceipt;
    try {
      receipt = await this.deps.gateway.send(provider, {
        message,
        text: smsText(message, settings),
        signName: settings.signName,
      });
    } catch (error) {
      this.#metrics.count('SmsFailed');
      if (error instanceof SmsRejectedError) {
        await this.deps.ledger.markRejected(
          tenantId,
          idempotencyKey,
          toShanghaiIso(this.deps.now()),
          error.providerCode,
        );
      }
      throw new SmsUnavailableError({ cause: error });
    }
    try {
      await this.deps.ledger.markSent(
        tenantId,
        idempotencyKey,
        toShanghaiIso(this.deps.now()),
        receipt.providerMessageId,
      );
    } catch (error) {
      // The message went out: the caller is not told otherwise. The claim stays `sending`, which
      // already keeps the key from sending again; only the provider's id of the send is lost.
      this.deps.log?.warn('SMS sent but not recorded as sent', {
        tenantId,
        templateKey,
        error: error instanceof Error ? error.name : 'unknown',
      });
    }
    this.#metrics.count('SmsSent');
    if (templateKey.startsWith('booking-reminder-')) this.#metrics.count('RemindersSent');
  }
}
