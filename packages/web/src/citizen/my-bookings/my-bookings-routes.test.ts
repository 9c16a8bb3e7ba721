import { formatBookingCode } from '@openhall/domain';
import { seedConfigs } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import { expectAccessiblePage } from '../../testing/expect-accessible-page.js';
import { getPage, inputValue, postForm, visibleText } from '../../testing/page-requests.js';
import { pagesTestApp } from '../../testing/pages-test-app.js';

const MONDAY = new Date('2026-11-23T10:00:00+08:00');
const PHONE = '13912345678';
const matter = seedConfigs.find((c) => c.tenant.id === 'zibo')!.matters[0]!;

/**
 * The zibo pages with the phone check on, and a booking of PHONE taken at the desk (which needs no
 * code), one of another phone and one of PHONE cancelled.
 */
async function setUp() {
  const product = pagesTestApp(MONDAY, undefined, { phoneVerification: 'sms' });
  const book = async (phone: string, start: string, key: string) =>
    (
      await product.service.create(
        'zibo',
        {
          matterId: matter.id,
          hallId: 'zibo-center',
          start,
          applicant: { name: '周晓岚', phone, agent: false },
        },
        { idempotencyKey: key, channel: 'desk', clientId: 'desk', actor: 'staff-1' },
      )
    ).booking;
  const kept = await book(PHONE, '2026-11-28T09:00:00+08:00', 'key-00000001');
  await book('13812345678', '2026-11-28T10:00:00+08:00', 'key-00000002');
  const gone = await book(PHONE, '2026-11-29T09:00:00+08:00', 'key-00000003');
  await product.service.cancel('zibo', gone.code, { phone: PHONE });
  return { ...product, kept, gone };
}

/** Posts the phone step and answers the page with the code step. */
async function sendCode(app: Awaited<ReturnType<typeof setUp>>['app'], phone = PHONE) {
  return postForm(app, '/t/zibo/my-bookings/code', { phone });
}

describe('我的全部预约 /t/{tenantId}/my-bookings', () => {
  it('asks for the phone with a labelled field, in Chinese first', async () => {
    const { app } = await setUp();
    const html = await (await getPage(app, '/t/zibo/my-bookings')).text();
    expectAccessiblePage(html);
    expect(visibleText(html)).toContain('发送验证码');
    expect(html).toMatch(/<label for="field-phone">/);
  });

  it('sends a code, asks for it, and lists the phone’s active bookings with links', async () => {
    const { app, outbox, bookingStore, kept, gone } = await setUp();
    const sent = await sendCode(app);
    const codeStep = await sent.text();
    expect(sent.status).toBe(200);
    expect(visibleText(codeStep)).toContain('139****5678');
    expect(visibleText(codeStep)).not.toContain(PHONE);
    const verificationId = inputValue(codeStep, 'verificationId')!;
    const code = outbox.lastCodeTo(PHONE)!;

    const listed = await postForm(app, '/t/zibo/my-bookings', { phone: PHONE, verificationId, code });
    const html = await listed.text();
    expect(listed.status).toBe(200);
    expectAccessiblePage(html);
    const text = visibleText(html);
    expect(text).toContain(formatBookingCode(kept.code));
    expect(text).not.toContain(formatBookingCode(gone.code));
    expect(bookingStore.bookings().filter((b) => !text.includes(formatBookingCode(b.code)))).toHaveLength(2);
    expect(html).toContain(`href="/t/zibo/my-booking?code=${kept.code}"`);
  });

  it('explains a wrong code in words and keeps the code step', async () => {
    const { app, outbox } = await setUp();
    const codeStep = await (await sendCode(app)).text();
    const code = outbox.lastCodeTo(PHONE)!;
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    const res = await postForm(app, '/t/zibo/my-bookings', {
      phone: PHONE,
      verificationId: inputValue(codeStep, 'verificationId')!,
      code: wrong,
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(visibleText(html)).toContain('验证码不对');
    expect(inputValue(html, 'verificationId')).toBe(inputValue(codeStep, 'verificationId'));
  });

  it('explains a code asked for again within the minute', async () => {
    const { app } = await setUp();
    await sendCode(app, '13812345678');
    const res = await sendCode(app, '13812345678');
    expect(res.status).toBe(429);
    expect(visibleText(await res.text())).toContain('请稍等 1 分钟');
  });
});
