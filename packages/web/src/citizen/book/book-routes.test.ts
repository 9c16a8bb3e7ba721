import { createHash } from 'node:crypto';
import {
  BookingRuleError,
  formatBookingCode,
  minutesOf,
  PerPersonLimitError,
  RateLimitedError,
  SlotFullError,
  type TenantConfig,
} from '@openhall/domain';
import { seedConfigs } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import { expectAccessiblePage } from '../../testing/expect-accessible-page.js';
import { attr, getPage, inputTags, inputValue, postForm, visibleText } from '../../testing/page-requests.js';
import { pagesTestApp } from '../../testing/pages-test-app.js';

const zibo = seedConfigs.find((c) => c.tenant.id === 'zibo')!;
const matter = zibo.matters[0]!;
const MONDAY = new Date('2026-11-23T08:00:00+08:00');
const SATURDAY = '2026-11-28';
const BOOK_PATH = `/t/zibo/book?matterId=${matter.id}&hallId=zibo-center&date=${SATURDAY}`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function form(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    matterId: matter.id,
    hallId: 'zibo-center',
    date: SATURDAY,
    idempotencyKey: '0b7f5f0e-54a4-4a57-9a0e-3d5c0c1d2e3f',
    start: `${SATURDAY}T09:00:00+08:00`,
    name: '周晓岚',
    phone: '13912345678',
    organisation: '',
    ...overrides,
  };
}

/** The seeded tenants with Zibo edited as a hall manager would. */
function ziboEdited(edit: (config: TenantConfig) => void): TenantConfig[] {
  const edited = structuredClone(zibo);
  edit(edited);
  return seedConfigs.map((c) => (c === zibo ? edited : c));
}

function inputNamed(html: string, name: string): string {
  return inputTags(html).find((t) => attr(t, 'name') === name) ?? '';
}

describe('GET /t/{tenantId}/book', () => {
  it('lists the slots of the day with what remains, in a fieldset with a legend', async () => {
    // Two people at the matter's window, and 30 % held back is less than one whole place.
    const twoPeople = ziboEdited((c) => {
      c.windows.find((w) => w.id === 'market-access-1')!.staffCount = 2;
    });
    const { app } = pagesTestApp(MONDAY, twoPeople);
    const response = await getPage(app, BOOK_PATH);
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expectAccessiblePage(html);
    expect(html).toContain('<fieldset id="slots"><legend>选择时段</legend>');
    const radios = inputTags(html).filter((t) => attr(t, 'name') === 'start');
    const restMinutes = zibo.halls[0]!.openingPolicy.restday.sessions.reduce(
      (sum, s) => sum + minutesOf(s.to) - minutesOf(s.from),
      0,
    );
    expect(radios).toHaveLength(restMinutes / matter.slotMinutes);
    expect(attr(radios[0]!, 'value')).toBe(`${SATURDAY}T09:00:00+08:00`);
    expect(visibleText(html)).toContain('09:00–09:30 剩余 2 个');
    expect(visibleText(html)).toContain('2026年11月28日 周六 · 休息日');
  });

  it('asks for name, mobile, organisation and agent with labels, autocomplete and browser checks', async () => {
    const { app } = pagesTestApp(MONDAY);
    const html = await (await getPage(app, BOOK_PATH)).text();

    const name = inputNamed(html, 'name');
    expect(attr(name, 'autocomplete')).toBe('name');
    expect(name).toContain(' required=""');
    const phone = inputNamed(html, 'phone');
    expect(attr(phone, 'type')).toBe('tel');
    expect(attr(phone, 'inputmode')).toBe('tel');
    // The product's messages, not the browser's bubbles; nothing cuts a pasted "+86 …" short.
    expect(html).toMatch(/<form method="post" action="\/t\/zibo\/book" novalidate="">/);
    expect(phone).not.toContain('maxlength');
    expect(phone).not.toContain('pattern');
    expect(attr(inputNamed(html, 'organisation'), 'autocomplete')).toBe('organization');
    expect(inputNamed(html, 'organisation')).not.toContain('required');
    expect(html).toContain('<label class="check" for="field-agent">');
    expect(visibleText(html)).toContain('我是委托代理人');
    expect(inputValue(html, 'idempotencyKey')).toMatch(UUID);
  });

  it('takes a pasted phone with +86, spaces and dashes as the same 11 digits', async () => {
    const { app, bookingStore } = pagesTestApp(MONDAY);
    const response = await postForm(app, '/t/zibo/book', form({ phone: '+86 139-1234 5678' }));

    expect(response.status).toBe(200);
    expect(bookingStore.bookings()[0]!.applicant.phone).toBe('13912345678');
  });

  it('draws a new idempotency key each time the form is drawn', async () => {
    const { app } = pagesTestApp(MONDAY);
    const first = inputValue(await (await getPage(app, BOOK_PATH)).text(), 'idempotencyKey');
    const second = inputValue(await (await getPage(app, BOOK_PATH)).text(), 'idempotencyKey');
    expect(first).not.toBe(second);
  });

  it('disables a full slot and says it is full', async () => {
    // The seed has one person at the matter's window: one place per slot.
    const { app } = pagesTestApp(MONDAY);
    await postForm(app, '/t/zibo/book', form());

    const html = await (await getPage(app, BOOK_PATH)).text();

    const nine = inputTags(html).find((t) => attr(t, 'value') === `${SATURDAY}T09:00:00+08:00`)!;
    expect(nine).toContain(' disabled=""');
    expect(visibleText(html)).toContain('09:00–09:30 已约满');
    expect(visibleText(html)).toContain('09:30–10:00 剩余 1 个');
  });

  it('says when every place of the day is kept for the desk and phone', async () => {
    const { app } = pagesTestApp(
      MONDAY,
      ziboEdited((c) => {
        c.bookingPolicy.deskPhoneHoldbackPercent = 100;
      }),
    );

    const text = visibleText(await (await getPage(app, BOOK_PATH)).text());

    expect(text).toContain(
      '这一天的名额都留给现场和电话预约。可在工作日 09:00-12:00、13:00-17:00 致电 0533-2512345',
    );
    expect(text).not.toContain('都已约满');
  });

  it('explains a day that cannot be booked and offers the next days', async () => {
    // From 中秋 (a holiday), Zibo's 国庆节 slots are closed to bookings.
    const { app } = pagesTestApp(new Date('2026-09-25T10:00:00+08:00'));
    const html = await (
      await getPage(app, `/t/zibo/book?matterId=${matter.id}&hallId=zibo-center&date=2026-10-01`)
    ).text();

    const text = visibleText(html);
    expect(text).toContain('法定节假日的时段需在节前的工作日预约');
    expect(text).toContain('0533-2512345');
    expect(html).not.toContain('name="start"');
    expect(html).toContain('<h2 id="next-days">最近可以预约的日期</h2>');
    expect(html).toContain('date=2026-10-08');
  });

  it('says a date typed into the address that has passed is in the past', async () => {
    const { app } = pagesTestApp(MONDAY);
    const text = visibleText(
      await (
        await getPage(app, `/t/zibo/book?matterId=${matter.id}&hallId=zibo-center&date=2026-11-20`)
      ).text(),
    );

    expect(text).toContain('这一天已经过去');
    expect(text).not.toContain('已经开始');
  });

  it('sends a request without a date back to the matter page', async () => {
    const { app } = pagesTestApp(MONDAY);
    const response = await getPage(app, `/t/zibo/book?matterId=${matter.id}&hallId=zibo-center`);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/t/zibo/matters/${matter.id}?hallId=zibo-center`);
  });
});

describe('POST /t/{tenantId}/book', () => {
  it('shows every wrong field inline and in a summary at the top', async () => {
    const { app, createCalls } = pagesTestApp(MONDAY);
    const response = await postForm(
      app,
      '/t/zibo/book',
      form({ start: '', name: '王', phone: '0533-2512345' }),
    );
    const html = await response.text();

    expect(response.status).toBe(422);
    expect(createCalls).toHaveLength(0);
    expectAccessiblePage(html);
    expect(html).toContain('<title>错误：');
    expect(html).toMatch(
      /<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1"><h2 id="error-summary-title">请更正以下 3 处问题<\/h2>/,
    );
    expect(html).toContain('<a href="#slot-0">请选择一个时段</a>');
    expect(html).toContain('<a href="#field-name">请填写姓名：2 到 40 个汉字或字母</a>');
    for (const field of ['name', 'phone']) {
      const input = inputNamed(html, field);
      expect(attr(input, 'aria-invalid')).toBe('true');
      expect(attr(input, 'aria-describedby')).toBe(`field-${field}-hint field-${field}-error`);
      expect(html).toContain(`<p class="field-error" id="field-${field}-error">错误：`);
    }
    expect(attr(inputNamed(html, 'organisation'), 'aria-invalid')).toBeUndefined();
    expect(inputValue(html, 'phone')).toBe('0533-2512345');
    expect(inputValue(html, 'idempotencyKey')).toBe(form().idempotencyKey);
  });

  it('books online and shows the confirmation', async () => {
    const { app, bookingStore, createCalls } = pagesTestApp(MONDAY);
    const response = await postForm(app, '/t/zibo/book', form({ agent: 'yes' }), {
      'x-forwarded-for': '203.0.113.9, 10.0.0.1',
    });
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expectAccessiblePage(html);
    const [booking] = bookingStore.bookings();
    expect(createCalls[0]!.options).toEqual({
      idempotencyKey: form().idempotencyKey,
      channel: 'online',
      // The first hop, hashed: the address itself is never passed on.
      clientId: createHash('sha256').update('203.0.113.9').digest('hex').slice(0, 32),
    });
    expect(booking!.applicant).toEqual({ name: '周晓岚', phone: '13912345678', agent: true });
    expect(html).toContain('<h1>预约成功</h1>');
    expect(html).toContain(`<p class="code">${formatBookingCode(booking!.code)}</p>`);
    expect(html).toMatch(
      /<div class="qr" role="img" aria-label="预约码 [^"]+ 的二维码"><svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/,
    );
    const text = visibleText(html);
    expect(text).toContain('2026年11月28日 周六 09:00–09:30');
    expect(text).toContain('市场准入 1');
    expect(text).toContain(zibo.halls[0]!.address.zh);
    expect(text).toContain('周** 139****5678（委托代理人）');
    expect(text).not.toContain('13912345678');
    for (const m of matter.materials) expect(text).toContain(m.zh);
    expect(html).toContain('<form method="post" action="/t/zibo/my-booking/ics">');
    expect(html).toContain(`href="/t/zibo/my-booking?code=${booking!.code}"`);
  });

  it('says when and where first, and the one window to go to, also in English', async () => {
    const chengde = seedConfigs.find((c) => c.tenant.id === 'chengde-gxq')!;
    const shared = chengde.matters.find(
      (m) => m.windowIds.length > 1 && m.availability.restday !== 'not-offered',
    )!;
    const hallId = chengde.halls[0]!.id;
    const chengdeForm = form({ matterId: shared.id, hallId, start: `${SATURDAY}T09:00:00+08:00` });
    expect(shared.windowIds.length).toBeGreaterThan(1);
    for (const [lang, go] of [
      ['zh', '请到 '],
      ['en', 'Go to '],
    ] as const) {
      const { app, bookingStore } = pagesTestApp(MONDAY);
      const html = await (
        await postForm(app, '/t/chengde-gxq/book', chengdeForm, { cookie: `lang=${lang}` })
      ).text();
      const booking = bookingStore.bookings()[0]!;
      const assigned = chengde.windows.find((w) => w.id === booking.windowId)!;
      const others = chengde.windows.filter((w) => shared.windowIds.includes(w.id) && w.id !== assigned.id);
      const text = visibleText(html);

      expect(html.indexOf('<dl class="facts">')).toBeLessThan(html.indexOf('<p class="code">'));
      expect(text).toContain(
        lang === 'zh' ? `${go}${assigned.code}` : `${go}${assigned.name.en} (sign: ${assigned.code}`,
      );
      for (const w of others) expect(text).not.toContain(w.code);
    }
  });

  it('returns the same booking when the same form is sent twice', async () => {
    const { app, bookingStore } = pagesTestApp(MONDAY);
    const first = await (await postForm(app, '/t/zibo/book', form())).text();
    const second = await (await postForm(app, '/t/zibo/book', form())).text();

    expect(bookingStore.bookings()).toHaveLength(1);
    const code = formatBookingCode(bookingStore.bookings()[0]!.code);
    expect(first).toContain(code);
    expect(second).toContain(code);
    expect(visibleText(second)).toContain('这是您刚才提交的预约，无需重复提交。');
    expect(visibleText(first)).not.toContain('无需重复提交');
  });

  it.each([
    [
      'slot_full',
      new SlotFullError(`${SATURDAY}T09:00:00+08:00`),
      409,
      '刚才有人约满了这个时段，请选择其他时段。',
    ],
    [
      'per_person_limit',
      new PerPersonLimitError('limit'),
      422,
      '同一手机号同一事项每天最多预约 1 次，全部未办理的预约最多 3 个。',
    ],
    ['rate_limited', new RateLimitedError(90), 429, '操作太频繁，请 2 分钟后再试。'],
    ['lead_time', new BookingRuleError({ code: 'lead_time', message: 'x' }), 422, '请至少提前 1 小时预约'],
    [
      'appointment_only_day',
      new BookingRuleError({ code: 'appointment_only_day', message: 'x' }),
      422,
      '当天只接待已预约的群众。',
    ],
  ])('explains %s and shows the form again with a fresh key', async (_, error, status, message) => {
    const { app, bookingStore } = pagesTestApp(MONDAY);
    bookingStore.failNextWrite(error);

    const response = await postForm(app, '/t/zibo/book', form());
    const html = await response.text();

    expect(response.status).toBe(status);
    expect(html).toContain('role="alert"');
    expect(visibleText(html)).toContain(message);
    expect(inputValue(html, 'name')).toBe('周晓岚');
    expect(inputValue(html, 'idempotencyKey')).toMatch(UUID);
    expect(inputValue(html, 'idempotencyKey')).not.toBe(form().idempotencyKey);
  });

  it('answers a fault with a 500 page that reveals nothing', async () => {
    const { app, bookingStore } = pagesTestApp(MONDAY);
    bookingStore.failNextWrite(new Error('connection refused by 10.1.2.3'));

    const response = await postForm(app, '/t/zibo/book', form());
    const html = await response.text();

    expect(response.status).toBe(500);
    expect(html).toContain('系统繁忙');
    expect(html).not.toContain('10.1.2.3');
  });

  it('refuses a form larger than any real one', async () => {
    const { app, createCalls } = pagesTestApp(MONDAY);
    const response = await postForm(app, '/t/zibo/book', form({ organisation: 'x'.repeat(20_000) }));
    expect(response.status).toBe(413);
    expect(createCalls).toHaveLength(0);
  });

  it('speaks English when asked', async () => {
    const { app } = pagesTestApp(MONDAY);
    const html = await (
      await postForm(app, '/t/zibo/book', form({ phone: '1' }), { cookie: 'lang=en' })
    ).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<label for="field-phone">Mobile number</label>');
    expect(visibleText(html)).toContain('Error: Enter an 11-digit mobile number, e.g. 13812345678');
  });
});
