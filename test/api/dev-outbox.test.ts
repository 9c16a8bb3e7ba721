import { createApp } from '@openhall/app';
import { OutboxNotifier } from '@openhall/services';
import { describe, expect, it } from 'vitest';

const deps = {
  configStore: {} as never,
  verifier: {} as never,
  bookingService: {} as never,
  phoneVerification: {} as never,
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

  it('is not there unless an outbox is given (the Lambda gives none)', async () => {
    const res = await createApp(deps).request('/dev/outbox');
    expect(res.status).toBe(404);
  });
});
