import { type SmsProviderSettings, SmsRejectedError, smsText } from '@openhall/domain';
import type { OutgoingSms } from '@openhall/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProviderSmsGateway } from './provider-sms-gateway.js';
import { startFakeAlibabaSms } from './testing/fake-alibaba-sms.js';
import type { FakeServer } from './testing/fake-server.js';
import { startFakeTencentSms } from './testing/fake-tencent-sms.js';

const message = {
  tenantId: 'zibo',
  templateKey: 'verification-code' as const,
  params: { code: '123456', minutes: '5' },
  idempotencyKey: 'verification-g1',
  phone: '13912345678',
};
const sms: OutgoingSms = { message, text: smsText(message), signName: '不打烊' };
const secretValues: Record<string, unknown> = {
  'openhall/sms/tencent': { secretId: 'AKIDg', secretKey: 'tencent-key' },
  'openhall/sms/alibaba': { accessKeyId: 'LTAIg', accessKeySecret: 'alibaba-secret' },
  'openhall/sms/broken': { secretId: 'only half' },
};
const secrets = {
  async secretJson(name: string) {
    if (!(name in secretValues)) throw new Error('ResourceNotFoundException');
    return secretValues[name];
  },
};

let tencent: FakeServer;
let alibaba: FakeServer;
let gateway: ProviderSmsGateway;
beforeAll(async () => {
  tencent = await startFakeTencentSms({
    keys: { AKIDg: 'tencent-key' },
    smsSdkAppId: '1400000001',
    templates: { '1001': 2 },
  });
  alibaba = await startFakeAlibabaSms({ keys: { LTAIg: 'alibaba-secret' }, templates: ['SMS_1001'] });
  gateway = new ProviderSmsGateway({ secrets, endpoints: { tencent: tencent.url, alibaba: alibaba.url } });
});
afterAll(async () => {
  await tencent.close();
  await alibaba.close();
});

const tencentSettings = (secretName: string): SmsProviderSettings => ({
  kind: 'tencent',
  secretName,
  smsSdkAppId: '1400000001',
  region: 'ap-beijing',
  templates: { 'verification-code': { templateId: '1001', params: ['code', 'minutes'] } },
});

describe('the provider gateway', () => {
  it("sends through the provider each tenant's settings name, with that tenant's credentials", async () => {
    await gateway.send(tencentSettings('openhall/sms/tencent'), sms);
    await gateway.send(
      {
        kind: 'alibaba',
        secretName: 'openhall/sms/alibaba',
        templates: { 'verification-code': { templateCode: 'SMS_1001' } },
      },
      sms,
    );

    expect(tencent.received).toHaveLength(1);
    expect(alibaba.received).toHaveLength(1);
  });

  it('refuses, sending nothing, when the secret is missing or does not hold the fields', async () => {
    const before = tencent.received.length;
    await expect(gateway.send(tencentSettings('openhall/sms/missing'), sms)).rejects.toMatchObject({
      providerCode: 'credentials_unavailable',
    });
    const invalid = gateway.send(tencentSettings('openhall/sms/broken'), sms);
    await expect(invalid).rejects.toBeInstanceOf(SmsRejectedError);
    await expect(invalid).rejects.toMatchObject({ providerCode: 'credentials_invalid' });
    // The error says which field is wrong, never the secret's value.
    await expect(invalid).rejects.not.toThrow(/only half/);
    expect(tencent.received.length).toBe(before);
  });
});
