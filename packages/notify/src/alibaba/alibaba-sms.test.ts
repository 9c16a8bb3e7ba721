import { randomUUID } from 'node:crypto';
import { SmsOutcomeUnknownError, SmsRejectedError, smsText } from '@openhall/domain';
import type { OutgoingSms } from '@openhall/services';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeAlibabaSms } from '../testing/fake-alibaba-sms.js';
import type { FakeServer } from '../testing/fake-server.js';
import { type AlibabaSmsSettings, sendAlibabaSms } from './alibaba-sms.js';

const credentials = { accessKeyId: 'LTAIexample0001', accessKeySecret: 'alibaba-secret-for-tests' };
const settings: AlibabaSmsSettings = {
  kind: 'alibaba',
  secretName: 'openhall/sms/boai',
  templates: { 'verification-code': { templateCode: 'SMS_71390007' } },
};
const message = {
  tenantId: 'boai',
  templateKey: 'verification-code' as const,
  params: { code: '654321', minutes: '5' },
  idempotencyKey: 'verification-v2',
  phone: '13800001111',
};
const sms: OutgoingSms = { message, text: smsText(message), signName: '博爱政务' };

let answerWith: () => string | undefined;
let fake: FakeServer;
beforeEach(async () => {
  answerWith = () => undefined;
  fake = await startFakeAlibabaSms({
    keys: { [credentials.accessKeyId]: credentials.accessKeySecret },
    templates: ['SMS_71390007'],
    answerWith: () => answerWith(),
  });
});
afterEach(() => fake.close());

const send = (overrides: Partial<Parameters<typeof sendAlibabaSms>[0]> = {}) =>
  sendAlibabaSms({
    fetch,
    endpoint: fake.url,
    credentials,
    settings,
    sms,
    now: new Date(),
    nonce: randomUUID(),
    ...overrides,
  });

describe('Alibaba Cloud SMS SendSms', () => {
  it('is accepted by a server that checks the signature, with JSON parameters in a POST form', async () => {
    const receipt = await send();

    expect(receipt.providerMessageId).toMatch(/\^0$/);
    const [request] = fake.received;
    expect(request?.method).toBe('POST');
    // The phone travels in the body, never in a URL a proxy might log.
    expect(request?.path).toBe('/');
    const form = new URLSearchParams(request!.body);
    expect(form.get('PhoneNumbers')).toBe('13800001111');
    expect(form.get('SignName')).toBe('博爱政务');
    expect(form.get('TemplateCode')).toBe('SMS_71390007');
    expect(JSON.parse(form.get('TemplateParam')!)).toEqual({ code: '654321', minutes: '5' });
    expect(form.get('OutId')).toBe('verification-v2');
    expect(form.get('Timestamp')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('is refused when signed with another secret', async () => {
    const sending = send({ credentials: { ...credentials, accessKeySecret: 'wrong' } });
    await expect(sending).rejects.toBeInstanceOf(SmsRejectedError);
    await expect(sending).rejects.toMatchObject({ providerCode: 'SignatureDoesNotMatch' });
  });

  it('is refused when a nonce is used twice (a replayed request)', async () => {
    await send({ nonce: 'same-nonce' });
    await expect(send({ nonce: 'same-nonce' })).rejects.toMatchObject({ providerCode: 'SignatureNonceUsed' });
  });

  it("reads a business refusal as a refusal and the platform's system error as an unknown outcome", async () => {
    answerWith = () => 'isv.BUSINESS_LIMIT_CONTROL';
    await expect(send()).rejects.toMatchObject({
      name: 'SmsRejectedError',
      providerCode: 'isv.BUSINESS_LIMIT_CONTROL',
    });
    answerWith = () => 'isp.SYSTEM_ERROR';
    await expect(send()).rejects.toBeInstanceOf(SmsOutcomeUnknownError);
  });

  it('is refused before any call for a template the tenant has not mapped', async () => {
    const digest = {
      ...message,
      templateKey: 'overdue-digest' as const,
      params: { count: '2', date: '3月2日' },
    };
    await expect(send({ sms: { ...sms, message: digest } })).rejects.toMatchObject({
      providerCode: 'template_not_configured',
    });
    expect(fake.received).toHaveLength(0);
  });
});
