import { seedConfigs } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import { expectAccessiblePage } from '../../testing/expect-accessible-page.js';
import { inputTags, inputValue, postForm, visibleText } from '../../testing/page-requests.js';
import { pagesTestApp } from '../../testing/pages-test-app.js';

const matter = seedConfigs.find((c) => c.tenant.id === 'zibo')!.matters[0]!;
const MONDAY = new Date('2026-11-23T08:00:00+08:00');
const PHONE = '13912345678';
const BOOKING_FORM = {
  matterId: matter.id,
  hallId: 'zibo-center',
  date: '2026-11-28',
  idempotencyKey: '7d4b0c56-9c1e-4b59-8a53-1f0e2d3c4b5a',
  start: '2026-11-28T09:00:00+08:00',
  name: '周晓岚',
  phone: PHONE,
};

function setUp() {
  return pagesTestApp(MONDAY, undefined, { phoneVerification: 'sms' });
}

/** The form as the verification page posts it back: every hidden field, and the code typed. */
function codeForm(html: string, smsCode: string): Record<string, string> {
  const hidden = inputTags(html).filter((t) => t.includes('type="hidden"'));
  const form = Object.fromEntries(
    hidden.map((t) => [/name="([^"]*)"/.exec(t)![1]!, /value="([^"]*)"/.exec(t)?.[1] ?? '']),
  );
  return { ...form, smsCode };
}

describe('the SMS-code step of a booking (短信验证码)', () => {
  it('sends a code before booking, then books with the code, without JavaScript', async () => {
    const { app, outbox, bookingStore } = setUp();
    const step = await postForm(app, '/t/zibo/book', BOOKING_FORM);
    const html = await step.text();
    expect(step.status).toBe(200);
    expectAccessiblePage(html);
    expect(visibleText(html)).toContain('验证码已发送到 139****5678');
    expect(html).not.toContain('<script');
    expect(bookingStore.bookings()).toEqual([]);

    const code = outbox.lastCodeTo(PHONE)!;
    const confirmed = await postForm(app, '/t/zibo/book', codeForm(html, code));
    expect(confirmed.status).toBe(200);
    expect(bookingStore.bookings()).toHaveLength(1);
    expect(bookingStore.bookings()[0]!.applicant.phone).toBe(PHONE);
    expect(inputValue(await confirmed.text(), 'smsCode')).toBeUndefined();
  });

  it('explains a wrong code in words, books nothing and asks again', async () => {
    const { app, outbox, bookingStore } = setUp();
    const html = await (await postForm(app, '/t/zibo/book', BOOKING_FORM)).text();
    const code = outbox.lastCodeTo(PHONE)!;
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    const res = await postForm(app, '/t/zibo/book', codeForm(html, wrong));
    const again = await res.text();
    expect(res.status).toBe(422);
    expect(visibleText(again)).toContain('验证码不对');
    expect(inputValue(again, 'verificationId')).toBe(inputValue(html, 'verificationId'));
    expect(bookingStore.bookings()).toEqual([]);
  });

  it('does not take a code from another phone’s verification', async () => {
    const { app, outbox, bookingStore } = setUp();
    const html = await (await postForm(app, '/t/zibo/book', BOOKING_FORM)).text();
    const code = outbox.lastCodeTo(PHONE)!;
    const res = await postForm(app, '/t/zibo/book', { ...codeForm(html, code), phone: '13812345678' });
    expect(res.status).toBe(403);
    expect(bookingStore.bookings()).toEqual([]);
  });
});
