import { describe, expect, it } from 'vitest';
import { SMS_TEMPLATE_KEYS } from '../ports/notifier.js';
import { smsText } from '../verification/sms-text.js';
import { NotificationSettingsSchema } from './notification-settings.js';
import { DEFAULT_SMS_TEXTS, placeholdersOf, SMS_TEMPLATE_PARAMS } from './sms-templates.js';

const tencent = {
  kind: 'tencent',
  secretName: 'openhall/sms/zibo',
  smsSdkAppId: '1400006666',
  templates: { 'verification-code': { templateId: '449739', params: ['code', 'minutes'] } },
};

describe('the SMS templates', () => {
  it.each(SMS_TEMPLATE_KEYS)('the default zh text of %s names exactly its parameters', (key) => {
    expect(placeholdersOf(DEFAULT_SMS_TEXTS[key]).sort()).toEqual([...SMS_TEMPLATE_PARAMS[key]].sort());
  });

  it("renders the tenant's text after its signature, or the default", () => {
    const settings = NotificationSettingsSchema.parse({
      signName: '博爱政务',
      texts: { 'booking-late': '您已迟到，请于{minutes}分钟内到达{hall}。' },
    });
    const late = { matter: '身份证', hall: '博爱县政务服务中心', time: '09:30', minutes: '15' };
    expect(smsText({ templateKey: 'booking-late', params: late }, settings)).toBe(
      '【博爱政务】您已迟到，请于15分钟内到达博爱县政务服务中心。',
    );
    expect(smsText({ templateKey: 'overdue-digest', params: { count: '3', date: '3月2日' } }, settings)).toBe(
      '【博爱政务】截至3月2日，共有3件事项已逾期，请在“我的提醒”中查看并督办。',
    );
  });
});

describe('the notification settings', () => {
  it('default to the product signature, the default texts and no provider', () => {
    expect(NotificationSettingsSchema.parse({})).toEqual({ signName: '不打烊', texts: {} });
  });

  it('refuse a text naming a parameter its template does not take (a phone, say)', () => {
    const parsed = NotificationSettingsSchema.safeParse({
      texts: { 'verification-code': '{phone}的验证码{code}' },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['texts.verification-code']);
  });

  it('refuse a Tencent parameter order naming an unknown parameter', () => {
    const parsed = NotificationSettingsSchema.safeParse({
      sms: { ...tencent, templates: { 'verification-code': { templateId: '1', params: ['code', 'name'] } } },
    });
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'sms.templates.verification-code.params.1',
    ]);
  });

  it('take secrets only under openhall/sms/, so a tenant cannot name another secret of the account', () => {
    expect(NotificationSettingsSchema.safeParse({ sms: tencent }).success).toBe(true);
    for (const secretName of ['openhall/phone-hash', 'prod/db', 'openhall/sms/', 'openhall/sms/../x y']) {
      expect(NotificationSettingsSchema.safeParse({ sms: { ...tencent, secretName } }).success).toBe(false);
    }
  });

  it('take a webhook over HTTPS only', () => {
    const webhook = { kind: 'webhook', secretName: 'openhall/sms/gw' };
    expect(
      NotificationSettingsSchema.safeParse({ sms: { ...webhook, url: 'https://sms.example.gov.cn/send' } })
        .success,
    ).toBe(true);
    expect(
      NotificationSettingsSchema.safeParse({ sms: { ...webhook, url: 'http://sms.example.gov.cn/send' } })
        .success,
    ).toBe(false);
  });
});
