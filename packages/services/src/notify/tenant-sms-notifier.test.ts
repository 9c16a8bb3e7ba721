import {
  type AppMetricName,
  type NotificationSettings,
  NotificationSettingsSchema,
  type SmsMessage,
  SmsOutcomeUnknownError,
  SmsRejectedError,
  SmsUnavailableError,
  type StoredConfig,
} from '@openhall/domain';
import { describe, expect, it } from 'vitest';
import { InMemorySmsSendLedger } from '../testing/in-memory-sms-send-ledger.js';
import type { OutgoingSms, SmsGateway } from './sms-gateway.js';
import { TenantSmsNotifier } from './tenant-sms-notifier.js';

const now = () => new Date('2026-03-02T09:00:00+08:00');
const tencent = NotificationSettingsSchema.parse({
  signName: '淄博政务',
  texts: { 'verification-code': '验证码{code}，{minutes}分钟内有效，请勿告诉他人。' },
  sms: {
    kind: 'tencent',
    secretName: 'openhall/sms/zibo',
    smsSdkAppId: '1400006666',
    templates: { 'verification-code': { templateId: '1', params: ['code', 'minutes'] } },
  },
});

function harness(
  settings: NotificationSettings | undefined,
  answer: () => Promise<{ providerMessageId?: string }>,
) {
  const sent: OutgoingSms[] = [];
  const gateway: SmsGateway = {
    async send(_provider, sms) {
      sent.push(sms);
      return answer();
    },
  };
  const counted: AppMetricName[] = [];
  const ledger = new InMemorySmsSendLedger();
  const configStore = {
    getConfig: async (tenantId: string) =>
      tenantId === 'zibo' && settings
        ? ({ config: { notifications: settings } } as unknown as StoredConfig)
        : undefined,
  };
  const notifier = new TenantSmsNotifier({
    configStore,
    ledger,
    gateway,
    now,
    metrics: { count: (name) => counted.push(name) },
  });
  return { notifier, sent, ledger, counted };
}

const message = (over: Partial<SmsMessage> = {}): SmsMessage => ({
  tenantId: 'zibo',
  templateKey: 'verification-code',
  params: { code: '123456', minutes: '5' },
  idempotencyKey: 'verification-abc',
  phone: '13912345678',
  ...over,
});

describe("sending through the tenant's provider", () => {
  it("sends the tenant's own text once per idempotency key, however often it is asked", async () => {
    const { notifier, sent, ledger, counted } = harness(tencent, async () => ({ providerMessageId: 'S1' }));

    await Promise.all([notifier.sendSms(message()), notifier.sendSms(message())]);
    await notifier.sendSms(message());

    expect(sent).toHaveLength(1);
    expect(sent[0]?.text).toBe('【淄博政务】验证码123456，5分钟内有效，请勿告诉他人。');
    expect(sent[0]?.signName).toBe('淄博政务');
    expect([...ledger.records.values()]).toMatchObject([
      { state: 'sent', providerMessageId: 'S1', attempts: 1 },
    ]);
    // The ledger keeps ids and facts: no phone, no text, no code.
    expect(JSON.stringify([...ledger.records.values()])).not.toMatch(/13912345678|123456/);
    expect(counted).toEqual(['SmsSent']);
  });

  it('keeps the same key apart per tenant', async () => {
    const { notifier, sent } = harness(tencent, async () => ({}));
    await notifier.sendSms(message());
    await expect(notifier.sendSms(message({ tenantId: 'boai' }))).rejects.toBeInstanceOf(SmsUnavailableError);
    expect(sent).toHaveLength(1);
  });

  it("frees the key after the provider's refusal, so a retry sends", async () => {
    let refuse = true;
    const { notifier, sent, ledger } = harness(tencent, async () => {
      if (refuse) throw new SmsRejectedError('tencent', 'LimitExceeded.PhoneNumberDailyLimit');
      return {};
    });

    const first = notifier.sendSms(message());
    await expect(first).rejects.toBeInstanceOf(SmsUnavailableError);
    await expect(first).rejects.toMatchObject({
      cause: { providerCode: 'LimitExceeded.PhoneNumberDailyLimit' },
    });
    refuse = false;
    await notifier.sendSms(message());

    expect(sent).toHaveLength(2);
    expect([...ledger.records.values()]).toMatchObject([{ state: 'sent', attempts: 2 }]);
  });

  it('keeps the key after an unknown outcome: the message may have gone out, so it is not sent again', async () => {
    let calls = 0;
    const { notifier, sent, counted } = harness(tencent, async () => {
      calls += 1;
      if (calls === 1) throw new SmsOutcomeUnknownError('tencent', 'no answer');
      return {};
    });

    await expect(notifier.sendSms(message())).rejects.toBeInstanceOf(SmsUnavailableError);
    await notifier.sendSms(message());

    expect(sent).toHaveLength(1);
    expect(counted).toEqual(['SmsFailed']);
  });

  it('counts a reminder as a reminder sent', async () => {
    const withReminder = NotificationSettingsSchema.parse({
      ...tencent,
      sms: {
        ...tencent.sms,
        templates: {
          'booking-reminder-hour-before': {
            templateId: '2',
            params: ['time', 'matter', 'hall', 'bookingCode'],
          },
        },
      },
    });
    const { notifier, counted } = harness(withReminder, async () => ({}));
    await notifier.sendSms(
      message({
        templateKey: 'booking-reminder-hour-before',
        params: { matter: '社保卡补办', hall: '市民中心', time: '10:00', bookingCode: 'ZB-1' },
        idempotencyKey: 'reminder-hour-ZB-1',
      }),
    );
    expect(counted).toEqual(['SmsSent', 'RemindersSent']);
  });

  it('answers sms_unavailable when the tenant has no provider, sending nothing', async () => {
    const { notifier, sent, ledger } = harness(NotificationSettingsSchema.parse({}), async () => ({}));
    await expect(notifier.sendSms(message())).rejects.toBeInstanceOf(SmsUnavailableError);
    expect(sent).toHaveLength(0);
    expect(ledger.records.size).toBe(0);
  });

  it('refuses parameters that do not fit the template before claiming anything', async () => {
    const { notifier, ledger } = harness(tencent, async () => ({}));
    await expect(notifier.sendSms(message({ params: { code: '123456' } }))).rejects.toMatchObject({
      code: 'sms_params_invalid',
      missing: ['minutes'],
    });
    await expect(
      notifier.sendSms(message({ params: { code: '1', minutes: '5', phone: '13912345678' } })),
    ).rejects.toMatchObject({ unknown: ['phone'] });
    expect(ledger.records.size).toBe(0);
  });
});

describe('a send the ledger cannot settle', () => {
  it('still answers the caller that the message went out, and does not send it again', async () => {
    const { notifier, sent, ledger } = harness(tencent, async () => ({ providerMessageId: 'S9' }));
    ledger.markSent = async () => {
      throw Object.assign(new Error('throttled'), { name: 'StoreFailureError' });
    };

    await notifier.sendSms(message());
    await notifier.sendSms(message());

    expect(sent).toHaveLength(1);
    expect([...ledger.records.values()]).toMatchObject([{ state: 'sending' }]);
  });
});
