import { signDevToken } from '@openhall/api';
import { addDays, maskPhone, shanghaiDateOf } from '@openhall/domain';
import { type LocalProduct, readDevKeys, startLocalProduct } from '@openhall/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let product: LocalProduct;

beforeAll(async () => {
  product = await startLocalProduct({
    port: 0,
    tableName: 'openhall',
    phoneVerification: 'off',
    clock: true,
  });
});
afterAll(() => product?.stop());

const PHONE = '13912345678';

describe('pnpm start --clock', () => {
  it('shows a booking’s reminders on /dev/outbox, phone masked, once the clock is moved past them', async () => {
    // Prepare: the first bookable slot from the day after tomorrow on (so both reminders are ahead).
    const matter = 'enterprise-establishment';
    let start: string | undefined;
    const hallId = 'zibo-center';
    for (let d = 2; d < 14 && !start; d++) {
      const date = addDays(shanghaiDateOf(new Date()), d);
      const res = await fetch(
        `${product.url}/v1/tenants/zibo/availability?matterId=${matter}&hallId=${hallId}&date=${date}`,
      );
      if (res.status !== 200) continue;
      start = ((await res.json()) as { slots: { start: string; remaining: number }[] }).slots.find(
        (s) => s.remaining > 0,
      )?.start;
    }
    expect(start).toBeDefined();
    const booked = await fetch(`${product.url}/v1/tenants/zibo/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify({ matterId: matter, hallId, start, applicant: { name: '王小明', phone: PHONE } }),
    });
    expect(booked.status, await booked.clone().text()).toBe(201);
    const { code } = (await booked.json()) as { code: string };

    // Act: move the clock to just past the start.
    const minutes = Math.ceil((Date.parse(start!) - Date.now()) / 60_000) + 1;
    const moved = await fetch(`${product.url}/dev/clock`, {
      method: 'POST',
      body: new URLSearchParams({ minutes: String(minutes) }),
      redirect: 'manual',
    });
    expect(moved.status).toBe(303);

    // Assess: both reminders listed with the rendered text and the masked phone, never the phone itself.
    const page = await (await fetch(`${product.url}/dev/outbox`)).text();
    const reminders = page.match(new RegExp(`您预约的[^<]*${code}`, 'g')) ?? [];
    expect(reminders).toHaveLength(2);
    expect(page).toContain(maskPhone(PHONE));
    expect(page).not.toContain(PHONE);

    // The relay also kept the reports' counters: the district report counts the online booking.
    const keys = await readDevKeys();
    const token = await signDevToken(
      keys!,
      { sub: 'zibo-district-admin', role: 'district-admin', tenantId: 'zibo' },
      // The product's clock has moved on by `minutes`: the token is issued at its time.
      { now: new Date(Date.now() + minutes * 60_000) },
    );
    const today = shanghaiDateOf(new Date());
    const report = await fetch(`${product.url}/v1/tenants/zibo/reports/district?from=${today}&to=${today}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(report.status, await report.clone().text()).toBe(200);
    const { measures } = (await report.json()) as { measures: { bookingsOnline: number } };
    expect(measures.bookingsOnline).toBeGreaterThanOrEqual(1);
  });
});
