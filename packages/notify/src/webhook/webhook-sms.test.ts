import { SmsOutcomeUnknownError, SmsRejectedError, smsText } from '@openhall/domain';
import type { OutgoingSms } from '@openhall/services';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeServer } from '../testing/fake-server.js';
import { startFakeWebhookGateway } from '../testing/fake-webhook-gateway.js';
import { sendWebhookSms, webhookSignature } from './webhook-sms.js';

const signingKey = 'a-shared-signing-key-of-32-characters!!';
const message = {
  tenantId: 'chengde-gxq',
  templateKey: 'verification-code' as const,
  params: { code: '112233', minutes: '5' },
  idempotencyKey: 'verification-v3',
  phone: '13700002222',
};
const sms: OutgoingSms = { message, text: smsText(message), signName: '不打烊' };

let answerWith: () => number | undefined;
let fake: FakeServer;
beforeEach(async () => {
  answerWith = () => undefined;
  fake = await startFakeWebhookGateway({ signingKey, answerWith: () => answerWith() });
});
afterEach(() => fake.close());

const send = (key = signingKey) =>
  sendWebhookSms({
    fetch,
    credentials: { signingKey: key },
    // The schema allows https only; the local fake speaks http.
    settings: { kind: 'webhook', secretName: 'openhall/sms/chengde', url: `${fake.url}/sms` },
    sms,
    now: new Date(),
  });

describe('the signed webhook', () => {
  it("posts the rendered text and the named parameters, signed so the gateway's check passes", async () => {
    const receipt = await send();
    const again = await send();

    expect(receipt.providerMessageId).toBeTruthy();
    // The gateway dropped the repeat by its Idempotency-Key and answered the first id.
    expect(again.providerMessageId).toBe(receipt.providerMessageId);
    const [request] = fake.received;
    expect(request?.headers['idempotency-key']).toBe('chengde-gxq:verification-v3');
    expect(JSON.parse(request!.body)).toEqual({
      ...message,
      text: '【不打烊】您的验证码是 112233，5分钟内有效。',
    });
  });

  it('signs timestamp and body: the same body under another timestamp has another signature', () => {
    expect(webhookSignature(signingKey, '1700000000', '{}')).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(webhookSignature(signingKey, '1700000000', '{}')).not.toBe(
      webhookSignature(signingKey, '1700000001', '{}'),
    );
  });

  it('is refused by the gateway when signed with another key', async () => {
    await expect(send('another-key-of-at-least-32-characters-long')).rejects.toMatchObject({
      name: 'SmsRejectedError',
      providerCode: 'http_401',
    });
  });

  it('reads 5xx as unknown and 4xx as a refusal', async () => {
    answerWith = () => 503;
    await expect(send()).rejects.toBeInstanceOf(SmsOutcomeUnknownError);
    answerWith = () => 422;
    await expect(send()).rejects.toBeInstanceOf(SmsRejectedError);
  });
});
