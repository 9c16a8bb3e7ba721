import { seedConfigs } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import { expectAccessiblePage } from '../../testing/expect-accessible-page.js';
import { postForm, visibleText } from '../../testing/page-requests.js';
import { pagesTestApp } from '../../testing/pages-test-app.js';

const zibo = seedConfigs.find((c) => c.tenant.id === 'zibo')!;
const MONDAY = new Date('2026-11-23T08:00:00+08:00');
const PHONE = '13912345678';

describe('寄送 on the booking page', () => {
  it('shows the mailing status and tracking number, never the address', async () => {
    const { app, bookingStore, care } = pagesTestApp(MONDAY);
    await postForm(app, '/t/zibo/book', {
      matterId: zibo.matters[0]!.id,
      hallId: 'zibo-center',
      date: '2026-11-28',
      idempotencyKey: '7d4b0c56-9c1e-4b59-8a53-1f0e2d3c4b5a',
      start: '2026-11-28T09:00:00+08:00',
      name: '周晓岚',
      phone: PHONE,
    });
    const code = bookingStore.bookings()[0]!.code;
    const before = visibleText(
      await (await postForm(app, '/t/zibo/my-booking', { code, phone: PHONE })).text(),
    );
    expect(before).not.toContain('寄送');

    const staff = { kind: 'staff', staffId: 'zibo-desk', roles: ['desk'] } as const;
    await care.mailings.request(
      'zibo',
      {
        ref: code,
        direction: 'one-way',
        recipient: { name: '周晓岚', phone: PHONE },
        address: '淄博市某路 8 号',
      },
      staff,
    );
    await care.mailings.advance(
      'zibo',
      code,
      { status: 'result-sent', carrier: 'EMS', trackingNo: 'EA123456789CN' },
      staff,
    );
    const html = await (await postForm(app, '/t/zibo/my-booking', { code, phone: PHONE })).text();
    expectAccessiblePage(html);
    const text = visibleText(html);
    expect(text).toContain('结果已寄出');
    expect(text).toContain('EA123456789CN');
    expect(text).not.toContain('淄博市某路');
  });
});
