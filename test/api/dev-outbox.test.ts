import { createApp } from '@openhall/app';
import { OutboxNotifier } from '@openhall/services';
import { describe, expect, it } from 'vitest';

const deps = {
  configStore: {} as never,
  verifier: {} as never,
  bookingService: {} as never,
  desk: {} as never,
  phoneVerification: {} as never,
  queueService: {} as never,
  nationalScheduleStore: {} as never,
  bookingStore: {} as never,
  reportStore: {} as never,
  storeHealth: {} as never,
  now: () => new Date('2026-03-02T10:00:00+08:00'),
};

describe('the development SMS outbox page', () => {
  it('lists what would have been sent, newest first, the phone masked and the zh text rendered', async () => {
    const outbox = new OutboxNotifier(deps.now);
    for (const [phone, code] of [
      ['13912345678', '123456'],
      ['13800001111', '654321'],
    ] as const) {
      await outbox.sendSms({
        tenantId: 'zibo',
        templateKey: 'verification-code',
        params: { code, minutes: '5' },
        idempotencyKey: `verification-${code}`,
        phone,
      });
    }
    const res = await createApp({ ...deps, devOutbox: outbox }).request('/dev/outbox');
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(html).toContain('139****5678');
    expect(html).not.toContain('13912345678');
    expect(html).not.toContain('13800001111');
    expect(html).toContain('【不打烊】您的验证码是 123456，5分钟内有效。');
    expect(html.indexOf('138****1111')).toBeLessThan(html.indexOf('139****5678'));
  });

  it("shows the tenant's own approved text and signature when it has them", async () => {
    const outbox = new OutboxNotifier({
      now: deps.now,
      settingsOf: async (tenantId) =>
        tenantId === 'boai'
          ? { signName: '博爱政务', texts: { 'booking-late': '您已迟到，请于{minutes}分钟内到达{hall}。' } }
          : undefined,
    });
    await outbox.sendSms({
      tenantId: 'boai',
      templateKey: 'booking-late',
      params: { matter: '身份证', hall: '博爱县政务服务中心', time: '09:30', minutes: '15' },
      idempotencyKey: 'late-B1',
      phone: '13700002222',
    });
    const html = await (await createApp({ ...deps, devOutbox: outbox }).request('/dev/outbox')).text();
    expect(html).toContain('【博爱政务】您已迟到，请于15分钟内到达博爱县政务服务中心。');
    expect(html).toContain('137****2222');
    expect(html).not.toContain('13700002222');
  });

  it('is not there unless an outbox is given (the Lambda gives none)', async () => {
    const res = await createApp(deps).request('/dev/outbox');
    expect(res.status).toBe(404);
  });
});
