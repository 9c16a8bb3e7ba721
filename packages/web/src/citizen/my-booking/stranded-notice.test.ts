import { seedConfigs } from '@openhall/seed';
import { changeConfig, removeItem, setCalendarOverride } from '@openhall/services';
import { inMemoryBooking, withPhoneVerification } from '@openhall/services/testing';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createPages } from '../../create-pages.js';
import { expectAccessiblePage } from '../../testing/expect-accessible-page.js';
import { postForm, visibleText } from '../../testing/page-requests.js';
import { testStaffAuth } from '../../testing/staff-auth.js';

const zibo = seedConfigs.find((c) => c.tenant.id === 'zibo')!;
const matter = zibo.matters[0]!;
const hall = zibo.halls.find((h) => h.id === 'zibo-center')!;
const MONDAY = new Date('2026-11-23T08:00:00+08:00');
const PHONE = '13912345678';
const BOOKING_FORM = {
  matterId: matter.id,
  hallId: hall.id,
  date: '2026-11-28',
  idempotencyKey: '7d4b0c56-9c1e-4b59-8a53-1f0e2d3c4b5a',
  start: '2026-11-28T09:00:00+08:00',
  name: '周晓岚',
  phone: PHONE,
};

/**
 * The pages over the real use cases on in-memory ports, one booking on Saturday 28 November 09:00,
 * and the admin's change run through the same use case the admin API runs, confirmed.
 */
async function bookedThenChanged(change: Parameters<typeof changeConfig>[1]['change']) {
  const now = () => MONDAY;
  const { configStore, nationalScheduleStore, bookingStore, service, verification } = inMemoryBooking({
    configs: seedConfigs.map((c) => withPhoneVerification(c, 'off')),
    now,
  });
  const app = new Hono();
  app.route(
    '/t',
    createPages({
      configStore,
      nationalScheduleStore,
      bookingService: service,
      phoneVerification: verification,
      queueService: {} as never,
      now,
      ...testStaffAuth(now),
    }),
  );
  await postForm(app, '/t/zibo/book', BOOKING_FORM);
  const code = bookingStore.bookings()[0]!.code;
  const changed = await changeConfig(
    { configStore, bookingStore },
    { tenantId: 'zibo', actor: 'zibo-admin', change, confirmStranded: true, now: MONDAY },
  );
  expect(changed.stranded.map((s) => s.code)).toEqual([code]);
  return { app, code };
}

const closeTheDay = setCalendarOverride('2026-11-28', {
  hallId: hall.id,
  hours: { sessions: [], mode: 'walk-in', noGapLunch: false },
  reason: '设备检修',
});

describe('a booking stranded by a change of the hall’s arrangements', () => {
  it('says plainly what happened and whom to call, in Chinese first, and keeps cancel and change', async () => {
    const { app, code } = await bookedThenChanged(closeTheDay);
    const phone = hall.phone ?? zibo.tenant.phones.service;

    const html = await (await postForm(app, '/t/zibo/my-booking', { code, phone: PHONE })).text();

    expectAccessiblePage(html);
    const text = visibleText(html);
    expect(text).toContain('您的预约受大厅调整影响');
    expect(text).toContain(`大厅调整了安排，您的预约受影响。请联系 ${phone} 改约或取消。`);
    expect(html).toContain('<form method="post" action="/t/zibo/my-booking/cancel">');
    expect(html).toContain('<form method="post" action="/t/zibo/my-booking/reschedule">');
  });

  it('says the same in English', async () => {
    const { app, code } = await bookedThenChanged(closeTheDay);
    const html = await (await postForm(app, '/t/zibo/my-booking?lang=en', { code, phone: PHONE })).text();
    expect(visibleText(html)).toContain(
      'The hall has changed its arrangements and your booking is affected.',
    );
  });

  it('can still be cancelled by the citizen', async () => {
    const { app, code } = await bookedThenChanged(closeTheDay);
    const html = await (
      await postForm(app, '/t/zibo/my-booking/cancel', { code, phone: PHONE, confirm: 'yes' })
    ).text();
    expect(visibleText(html)).toContain('预约已取消。');
    expect(visibleText(html)).not.toContain('您的预约受大厅调整影响');
  });

  it('asked to move when its matter is retired, says the matter is no longer offered, not "not found"', async () => {
    const { app, code } = await bookedThenChanged(removeItem('matters', matter.id));

    const response = await postForm(app, '/t/zibo/my-booking/reschedule', { code, phone: PHONE });
    const text = visibleText(await response.text());

    expect(response.status).toBe(422);
    expect(text).toContain('大厅已不再办理这个事项，无法改约。您可以取消预约，或致电大厅咨询。');
    expect(text).not.toContain('没有找到这个事项');
  });

  it('shows no notice on a booking a change left in place', async () => {
    const now = () => MONDAY;
    const { configStore, nationalScheduleStore, bookingStore, service, verification } = inMemoryBooking({
      configs: seedConfigs.map((c) => withPhoneVerification(c, 'off')),
      now,
    });
    const app = new Hono();
    app.route(
      '/t',
      createPages({
        configStore,
        nationalScheduleStore,
        bookingService: service,
        phoneVerification: verification,
        queueService: {} as never,
        now,
        ...testStaffAuth(now),
      }),
    );
    await postForm(app, '/t/zibo/book', BOOKING_FORM);
    const code = bookingStore.bookings()[0]!.code;
    const otherDay = setCalendarOverride('2026-11-29', {
      hallId: hall.id,
      hours: { sessions: [], mode: 'walk-in', noGapLunch: false },
      reason: '设备检修',
    });
    const changed = await changeConfig(
      { configStore, bookingStore },
      { tenantId: 'zibo', actor: 'zibo-admin', change: otherDay, now: MONDAY },
    );
    expect(changed.stranded).toEqual([]);

    const html = await (await postForm(app, '/t/zibo/my-booking', { code, phone: PHONE })).text();

    expect(visibleText(html)).toContain('状态 已预约');
    expect(visibleText(html)).not.toContain('大厅调整');
  });
});
