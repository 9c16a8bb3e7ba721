import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { createDevVerifier, generateDevIssuerKeys } from '@openhall/api';
import { createDynamoApp } from '@openhall/app';
import { NotificationSettingsSchema, toShanghaiIso } from '@openhall/domain';
import { seedTenants } from '@openhall/local';
import { ProviderSmsGateway } from '@openhall/notify';
import { type FakeServer, startFakeTencentSms } from '@openhall/notify/testing';
import { DynamoSmsSendLedger, smsSendKey } from '@openhall/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FreshTable, freshTable } from '../support/fresh-table.js';

// SMS through a tenant's provider on DynamoDB Local: the API's phone check sends through a local
// fake of Tencent Cloud SMS that checks the TC3 signature, once per idempotency key (the ledger).
const tenantId = 'zaozhuang-gxq';
const phone = '13912345678';
const credentials = { secretId: 'AKIDintegration', secretKey: 'integration-secret-key' };

let table: FreshTable;
let fake: FakeServer;
let refuse: string | undefined;
let app: ReturnType<typeof createDynamoApp>['app'];

beforeAll(async () => {
  table = await freshTable('tenant-sms');
  fake = await startFakeTencentSms({
    keys: { [credentials.secretId]: credentials.secretKey },
    smsSdkAppId: '1400123456',
    templates: { '880001': 2 },
    answerWith: () => (refuse ? { status: refuse } : undefined),
  });
  const now = () => new Date();
  const built = createDynamoApp({
    client: table.client,
    tableName: table.tableName,
    hashSecret: 'tenant-sms-tests-hash-secret-0123456789abcdef',
    verifier: await createDevVerifier(await generateDevIssuerKeys()),
    smsGateway: new ProviderSmsGateway({
      secrets: { secretJson: async (name) => (name === 'openhall/sms/zaozhuang' ? credentials : undefined) },
      endpoints: { tencent: fake.url },
    }),
    now,
  });
  app = built.app;
  await seedTenants(built.configStore, now(), { phoneVerification: 'sms' });
  const stored = await built.configStore.getConfig(tenantId);
  await built.configStore.saveConfig({
    tenantId,
    config: {
      ...stored!.config,
      notifications: NotificationSettingsSchema.parse({
        signName: '枣庄高新区政务',
        sms: {
          kind: 'tencent',
          secretName: 'openhall/sms/zaozhuang',
          smsSdkAppId: '1400123456',
          templates: { 'verification-code': { templateId: '880001', params: ['code', 'minutes'] } },
        },
      }),
    },
    expectedVersion: stored!.version,
    actor: 'test',
    action: 'SMS provider for the test',
    at: toShanghaiIso(now()),
  });
});

afterAll(async () => {
  await fake.close();
  await table.drop();
});

function askForCode(t: string, p: string, ip: string) {
  return Promise.resolve(
    app.request(`/v1/tenants/${t}/phone-verifications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify({ phone: p, purpose: 'booking' }),
    }),
  );
}

async function smsItems() {
  const { Items = [] } = await table.client.send(new ScanCommand({ TableName: table.tableName }));
  return Items.filter((i) => String(i.sk).startsWith('SMS#'));
}

describe("SMS through the tenant's provider", () => {
  it('sends the code through the signed provider call and records the send, without the phone', async () => {
    const res = await askForCode(tenantId, phone, '10.9.0.1');

    expect(res.status).toBe(202);
    expect(fake.received).toHaveLength(1);
    const sent = JSON.parse(fake.received[0]!.body) as { TemplateParamSet: string[]; SignName: string };
    expect(sent.TemplateParamSet).toEqual([expect.stringMatching(/^\d{6}$/), '5']);
    expect(sent.SignName).toBe('枣庄高新区政务');
    const items = await smsItems();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      pk: `TENANT#${tenantId}`,
      state: 'sent',
      templateKey: 'verification-code',
      provider: 'tencent',
      providerMessageId: expect.stringMatching(/^2019:/),
      expiresAt: expect.any(Number),
    });
    const text = JSON.stringify(items);
    expect(text).not.toContain(phone);
    expect(text).not.toContain(sent.TemplateParamSet[0]);
  });

  it("answers 503 sms_unavailable and records the provider's refusal, so a retry may send", async () => {
    refuse = 'LimitExceeded.PhoneNumberDailyLimit';
    try {
      const res = await askForCode(tenantId, '13812345678', '10.9.0.2');
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ code: 'sms_unavailable' });
    } finally {
      refuse = undefined;
    }
    expect((await smsItems()).map((i) => i.state).sort()).toEqual(['rejected', 'sent']);
  });

  it('answers 503 sms_unavailable for a tenant with no provider, sending nothing', async () => {
    const before = fake.received.length;
    const res = await askForCode('boai', phone, '10.9.0.3');
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ code: 'sms_unavailable' });
    expect(fake.received.length).toBe(before);
  });
});

describe('the SMS send ledger', () => {
  const claim = (key: string) => ({
    tenantId,
    idempotencyKey: key,
    templateKey: 'booking-reminder-day-before' as const,
    provider: 'alibaba',
    at: '2026-03-01T18:00:00+08:00',
  });

  it('lets exactly one of many concurrent attempts (two instances) claim a key', async () => {
    const a = new DynamoSmsSendLedger(table.client, table.tableName);
    const b = new DynamoSmsSendLedger(table.client, table.tableName);

    const wins = await Promise.all(
      Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).claim(claim('reminder-day-before-K7QXM4RTD'))),
    );

    expect(wins.filter(Boolean)).toHaveLength(1);
  });

  it('frees a key the provider refused, and never one that was sent or whose outcome is unknown', async () => {
    const ledger = new DynamoSmsSendLedger(table.client, table.tableName);
    const key = 'reminder-day-before-Q4W8E2R6T';

    expect(await ledger.claim(claim(key))).toBe(true);
    // Outcome unknown (no answer yet): the claim holds.
    expect(await ledger.claim(claim(key))).toBe(false);
    await ledger.markRejected(tenantId, key, '2026-03-01T18:00:01+08:00', 'isv.BUSINESS_LIMIT_CONTROL');
    expect(await ledger.claim(claim(key))).toBe(true);
    await ledger.markSent(tenantId, key, '2026-03-01T18:05:00+08:00', '900619746936498440^0');
    expect(await ledger.claim(claim(key))).toBe(false);

    const { Item } = await table.client.send(
      new GetCommand({ TableName: table.tableName, Key: smsSendKey(tenantId, key) }),
    );
    expect(Item).toMatchObject({ state: 'sent', providerMessageId: '900619746936498440^0' });
  });

  it('keeps the same key of two tenants apart', async () => {
    const ledger = new DynamoSmsSendLedger(table.client, table.tableName);
    expect(await ledger.claim(claim('overdue-digest-2026-03-02'))).toBe(true);
    expect(await ledger.claim({ ...claim('overdue-digest-2026-03-02'), tenantId: 'zibo' })).toBe(true);
  });
});
