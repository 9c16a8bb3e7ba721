import {
  ChangeCutoffPassedError,
  formatBookingCode,
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

/** An app with one booking on Saturday 28 November 2026 at 09:00, and that booking as stored now. */
async function withBooking() {
  const { app, configStore, bookingStore, changeCalls } = pagesTestApp(MONDAY);
  await postForm(app, '/t/zibo/book', BOOKING_FORM);
  const code = bookingStore.bookings()[0]!.code;
  const booked = () => bookingStore.bookings().find((b) => b.code === code)!;
  return { app, configStore, bookingStore, changeCalls, code, booked };
}

/** The calendar file's text as a calendar app shows it: lines unfolded, escapes undone. */
function icsText(ics: string): string {
  return ics
    .replace(/\r\n /g, '')
    .replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

describe('GET /t/{tenantId}/my-booking', () => {
  it('asks for the code (prefilled from the link) and the phone, never storing the page', async () => {
    const { app } = pagesTestApp(MONDAY);
    const response = await getPage(app, '/t/zibo/my-booking?code=K7QXM4RTD');
    const html = await response.text();

    expect(response.headers.get('cache-control')).toBe('no-store');
    expectAccessiblePage(html);
    expect(html).toContain('<form method="post" action="/t/zibo/my-booking" novalidate="">');
    expect(inputValue(html, 'code')).toBe('K7QXM4RTD');
    expect(inputValue(html, 'phone')).toBe('');
  });
});

describe('POST /t/{tenantId}/my-booking', () => {
  it('shows the booking, its status and the actions, with the phone masked', async () => {
    const { app, code } = await withBooking();
    const response = await postForm(app, '/t/zibo/my-booking', {
      code: formatBookingCode(code).toLowerCase(),
      phone: PHONE,
    });
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expectAccessiblePage(html);
    const text = visibleText(html);
    expect(text).toContain('状态 已预约');
    expect(text).toContain('139****5678');
    expect(text).not.toContain(PHONE);
    expect(html).toContain('<form method="post" action="/t/zibo/my-booking/cancel">');
    expect(html).toContain('<form method="post" action="/t/zibo/my-booking/reschedule">');
    expect(html).toContain('<svg');
  });

  it.each([
    ['a code with a typo', { code: 'K7QXM4RTE', phone: PHONE }, 422, ['预约码是 9 位字母和数字，请逐位核对']],
    ['a landline', { code: 'K7QXM4RTD', phone: '0533-2512345' }, 422, ['请填写 11 位手机号']],
    ['an unknown code', { code: 'K7QXM4RTD', phone: PHONE }, 404, ['没有找到预约：请核对预约码和手机号。']],
  ])('refuses %s', async (_, body, status, messages) => {
    const { app } = await withBooking();
    const response = await postForm(app, '/t/zibo/my-booking', body);
    const html = await response.text();

    expect(response.status).toBe(status);
    expect(html).toContain('role="alert"');
    for (const m of messages) expect(visibleText(html)).toContain(m);
  });

  it('does not tell a wrong phone apart from an unknown code', async () => {
    const { app, code } = await withBooking();
    const html = await (await postForm(app, '/t/zibo/my-booking', { code, phone: '13800000000' })).text();
    expect(visibleText(html)).toContain('没有找到预约：请核对预约码和手机号。');
    expect(inputValue(html, 'code')).toBe(formatBookingCode(code));
  });
});

describe('cancelling', () => {
  it('asks for confirmation first, then cancels', async () => {
    const { app, changeCalls, code, booked } = await withBooking();

    const confirm = await (await postForm(app, '/t/zibo/my-booking/cancel', { code, phone: PHONE })).text();
    expect(confirm).toContain('<h1>确认取消预约</h1>');
    expect(visibleText(confirm)).toContain('确定要取消 2026年11月28日 周六 09:00–09:30 的预约吗？');
    expect(booked().status).toBe('booked');
    expect(inputValue(confirm, 'confirm')).toBe('yes');

    const done = await (
      await postForm(app, '/t/zibo/my-booking/cancel', { code, phone: PHONE, confirm: 'yes' })
    ).text();
    expect(booked().status).toBe('cancelled');
    expect(changeCalls).toEqual([{ change: 'cancel', options: { clientId: expect.any(String) } }]);
    expect(done).toContain('<p class="notice ok" role="status">预约已取消。</p>');
    expect(visibleText(done)).toContain('状态 已取消');
    expect(done).not.toContain('action="/t/zibo/my-booking/cancel"');
    // A cancelled booking keeps its code on screen but no QR code to show at a window.
    expect(done).not.toContain('<svg');
  });

  it('explains a cancellation too close to the start', async () => {
    const { app, bookingStore, code, booked } = await withBooking();
    bookingStore.failNextWrite(new ChangeCutoffPassedError(720));

    const response = await postForm(app, '/t/zibo/my-booking/cancel', { code, phone: PHONE, confirm: 'yes' });

    expect(response.status).toBe(422);
    expect(visibleText(await response.text())).toContain('开始前 12 小时内不能在线修改或取消，请致电大厅。');
    expect(booked().status).toBe('booked');
  });
});

describe('rescheduling', () => {
  it('goes from a date to a slot to the move', async () => {
    const { app, code, booked } = await withBooking();

    const dates = await (await postForm(app, '/t/zibo/my-booking/reschedule', { code, phone: PHONE })).text();
    expectAccessiblePage(dates);
    expect(dates).toContain('<button type="submit" class="day" name="date" value="2026-11-29">');

    const slots = await (
      await postForm(app, '/t/zibo/my-booking/reschedule', { code, phone: PHONE, date: '2026-11-29' })
    ).text();
    expectAccessiblePage(slots);
    expect(slots).toContain('<legend>选择新的时段</legend>');
    expect(inputValue(slots, 'date')).toBe('2026-11-29');

    const moved = await (
      await postForm(app, '/t/zibo/my-booking/reschedule', {
        code,
        phone: PHONE,
        date: '2026-11-29',
        start: '2026-11-29T14:00:00+08:00',
      })
    ).text();
    expect(booked().start).toBe('2026-11-29T14:00:00+08:00');
    expect(visibleText(moved)).toContain('改约成功');
    expect(visibleText(moved)).toContain('2026年11月29日 周日 14:00–14:30');
  });

  it('shows the slots again when the new slot was just taken', async () => {
    const { app, bookingStore, code } = await withBooking();
    bookingStore.failNextWrite(new SlotFullError('2026-11-29T14:00:00+08:00'));

    const response = await postForm(app, '/t/zibo/my-booking/reschedule', {
      code,
      phone: PHONE,
      date: '2026-11-29',
      start: '2026-11-29T14:00:00+08:00',
    });
    const html = await response.text();

    expect(response.status).toBe(409);
    expect(visibleText(html)).toContain('刚才有人约满了这个时段');
    expect(inputTags(html).filter((t) => attr(t, 'name') === 'start').length).toBeGreaterThan(0);
  });

  it('disables the days that cannot be booked, with the reason', async () => {
    const { app, code } = await withBooking();
    const html = await (await postForm(app, '/t/zibo/my-booking/reschedule', { code, phone: PHONE })).text();
    // Every day in Zibo's horizon from 23 November is open; the buttons are all enabled.
    expect(html).not.toContain('disabled=""');
    expect(html.match(/name="date"/g)).toHaveLength(zibo.bookingPolicy.horizonDays + 1);
  });
});

describe('POST /t/{tenantId}/my-booking/ics', () => {
  it('downloads the booking as a calendar file', async () => {
    const { app, code } = await withBooking();
    const response = await postForm(app, '/t/zibo/my-booking/ics', { code, phone: PHONE });
    const ics = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="booking-${formatBookingCode(code)}.ics"`,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('DTSTART;TZID=Asia/Shanghai:20261128T090000');
    expect(ics).toContain(`UID:${code}@localhost`);
  });

  it('refuses without the right phone', async () => {
    const { app, code } = await withBooking();
    const response = await postForm(app, '/t/zibo/my-booking/ics', { code, phone: '13800000000' });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  });
});

describe('the one-time notice (一次告知) after the matter is edited', () => {
  const told = matter.materials.map((m) => m.zh);
  const added = '事后新增的材料（预约时未告知）';

  /** A booking made, then the matter's materials edited: the first dropped, a new one added. */
  async function bookedThenEdited() {
    const booked = await withBooking();
    const edited: TenantConfig = {
      ...zibo,
      bookingPolicy: { ...zibo.bookingPolicy, phoneVerification: 'off' },
      matters: zibo.matters.map((m) =>
        m.id === matter.id
          ? { ...m, materials: [...m.materials.slice(1), { zh: added, en: 'Added later' }] }
          : m,
      ),
    };
    await booked.configStore.saveConfig({
      tenantId: 'zibo',
      config: edited,
      expectedVersion: 1,
      actor: 'hall-manager',
      action: 'PATCH matters',
      at: '2026-11-23T08:00:00+08:00',
    });
    return booked;
  }

  it.each([
    [
      'the confirmation shown again for the same request',
      async ({ app }: Awaited<ReturnType<typeof bookedThenEdited>>) =>
        visibleText(await (await postForm(app, '/t/zibo/book', BOOKING_FORM)).text()),
    ],
    [
      'the booking looked up',
      async ({ app, code }: Awaited<ReturnType<typeof bookedThenEdited>>) =>
        visibleText(await (await postForm(app, '/t/zibo/my-booking', { code, phone: PHONE })).text()),
    ],
    [
      'the calendar file',
      async ({ app, code }: Awaited<ReturnType<typeof bookedThenEdited>>) =>
        icsText(await (await postForm(app, '/t/zibo/my-booking/ics', { code, phone: PHONE })).text()),
    ],
  ])('%s still lists the materials the applicant was told', async (_, read) => {
    const booked = await bookedThenEdited();

    const text = await read(booked);

    expect(told.length).toBeGreaterThan(1);
    for (const m of told) expect(text).toContain(m);
    expect(text).not.toContain(added);
  });

  it('the matter page shows the edited list, to those not yet booked', async () => {
    const booked = await bookedThenEdited();

    const text = visibleText(await (await getPage(booked.app, `/t/zibo/matters/${matter.id}`)).text());

    expect(text).toContain(added);
    expect(text).not.toContain(told[0]!);
  });
});
