import { SmsOutcomeUnknownError, SmsRejectedError, smsText } from '@openhall/domain';
import type { OutgoingSms } from '@openhall/services';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeServer } from '../testing/fake-server.js';
import { startFakeTencentSms } from '../testing/fake-tencent-sms.js';
import { sendTencentSms, type TencentSmsSettings } from './tencent-sms.js';

const credentials = { secretId: 'AKIDexample0001', secretKey: 'tencent-secret-key-for-tests' };
const settings: TencentSmsSettings = {
  kind: 'tencent',
  secretName: 'openhall/sms/zibo',
  smsSdkAppId: '1400006666',
  region: 'ap-guangzhou',
  templates: {
    'verification-code': { templateId: '449739', params: ['code', 'minutes'] },
    'booking-reminder-day-before': {
      templateId: '449740',
      params: ['time', 'matter', 'hall', 'bookingCode'],
    },
  },
};

function outgoing(
  templateKey: OutgoingSms['message']['templateKey'],
  params: Record<string, string>,
): OutgoingSms {
  const message = {
    tenantId: 'zibo',
    templateKey,
    params,
    idempotencyKey: 'verification-v1',
    phone: '13912345678',
  };
  return { message, text: smsText(message), signName: '淄博政务' };
}

let answerWith: () => { error?: string; status?: string } | undefined;
let fake: FakeServer;
beforeEach(async () => {
  answerWith = () => undefined;
  fake = await startFakeTencentSms({
    keys: { [credentials.secretId]: credentials.secretKey },
    smsSdkAppId: settings.smsSdkAppId,
    templates: { '449739': 2, '449740': 4 },
    answerWith: () => answerWith(),
  });
});
afterEach(() => fake.close());

const send = (sms: OutgoingSms, creds = credentials) =>
  sendTencentSms({ fetch, endpoint: fake.url, credentials: creds, settings, sms, now: new Date() });

describe('Tencent Cloud SMS SendSms', () => {
  it('is accepted by a server that checks the TC3 signature, and keeps the serial number', async () => {
    const receipt = await send(outgoing('verification-code', { code: '123456', minutes: '5' }));

    expect(receipt.providerMessageId).toMatch(/^2019:/);
    const [request] = fake.received;
    expect(request?.headers['x-tc-action']).toBe('SendSms');
    expect(request?.headers['x-tc-version']).toBe('2021-01-11');
    expect(request?.headers['x-tc-region']).toBe('ap-guangzhou');
    expect(JSON.parse(request!.body)).toEqual({
      PhoneNumberSet: ['+8613912345678'],
      SmsSdkAppId: '1400006666',
      SignName: '淄博政务',
      TemplateId: '449739',
      TemplateParamSet: ['123456', '5'],
      SessionContext: 'verification-v1',
    });
  });

  it("orders the named parameters as the tenant's template takes them", async () => {
    await send(
      outgoing('booking-reminder-day-before', {
        matter: '营业执照办理',
        hall: '淄博市民中心',
        time: '09:30',
        bookingCode: 'ZB-7K3Q',
      }),
    );
    expect(JSON.parse(fake.received[0]!.body).TemplateParamSet).toEqual([
      '09:30',
      '营业执照办理',
      '淄博市民中心',
      'ZB-7K3Q',
    ]);
  });

  it('is refused when signed with another key', async () => {
    const sending = send(outgoing('verification-code', { code: '1', minutes: '5' }), {
      ...credentials,
      secretKey: 'not-the-key',
    });
    await expect(sending).rejects.toBeInstanceOf(SmsRejectedError);
    await expect(sending).rejects.toMatchObject({ providerCode: 'AuthFailure.SignatureFailure' });
  });

  it('is refused before any call for a template the tenant has not mapped', async () => {
    await expect(send(outgoing('overdue-digest', { count: '3', date: '3月2日' }))).rejects.toMatchObject({
      providerCode: 'template_not_configured',
    });
    expect(fake.received).toHaveLength(0);
  });

  it("reads a number's own failed status as a refusal", async () => {
    answerWith = () => ({ status: 'LimitExceeded.PhoneNumberDailyLimit' });
    await expect(send(outgoing('verification-code', { code: '1', minutes: '5' }))).rejects.toMatchObject({
      name: 'SmsRejectedError',
      providerCode: 'LimitExceeded.PhoneNumberDailyLimit',
    });
  });

  it('reads an internal error as an unknown outcome, not a refusal', async () => {
    answerWith = () => ({ error: 'InternalError.RequestTimeException' });
    await expect(send(outgoing('verification-code', { code: '1', minutes: '5' }))).rejects.toBeInstanceOf(
      SmsOutcomeUnknownError,
    );
  });

  it('reads a server that is gone as an unknown outcome', async () => {
    await fake.close();
    await expect(send(outgoing('verification-code', { code: '1', minutes: '5' }))).rejects.toBeInstanceOf(
      SmsOutcomeUnknownError,
    );
  });
});
