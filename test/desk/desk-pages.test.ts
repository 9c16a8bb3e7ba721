import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BookingHarness, bookingHarness } from '../booking/support/booking-harness.js';
import { call, MANAGER, recordAtDesk, ZIBO } from './desk-support.js';

const ORIGIN = 'http://localhost';
let h: BookingHarness;
beforeAll(async () => {
  h = await bookingHarness('desk-pages', '2026-09-29T10:00:00+08:00', { staffSignIn: true });
});
afterAll(() => h.close());

async function cookieOf(staffId: string): Promise<string> {
  const res = await h.app.request(`${ORIGIN}/t/${ZIBO}/staff/sign-in`, {
    method: 'POST',
    body: new URLSearchParams({ staffId }),
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
  });
  expect(res.status).toBe(303);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

async function page(staffId: string, path: string): Promise<Response> {
  return h.app.request(`${ORIGIN}${path}`, { headers: { cookie: await cookieOf(staffId) } });
}

async function post(staffId: string, path: string, form: Record<string, string>): Promise<Response> {
  return h.app.request(`${ORIGIN}${path}`, {
    method: 'POST',
    body: new URLSearchParams(form),
    headers: {
      cookie: await cookieOf(staffId),
      origin: ORIGIN,
      'content-type': 'application/x-www-form-urlencoded',
    },
  });
}

describe('the desk’s pages', () => {
  it.each([
    ['the desk console', 'zibo-market-access-1-a', `/t/${ZIBO}/staff/desk`, 403],
    ['the desk console', 'zibo-desk', `/t/${ZIBO}/staff/desk`, 200],
    ['the dispatch board', 'zibo-desk', `/t/${ZIBO}/staff/dispatch`, 403],
    ['the dispatch board', 'zibo-section-manager', `/t/${ZIBO}/staff/dispatch`, 200],
    [
      'another window’s list',
      'zibo-market-access-1-a',
      `/t/${ZIBO}/staff/windows/construction-1/bookings`,
      403,
    ],
    [
      'its own window’s list',
      'zibo-market-access-1-a',
      `/t/${ZIBO}/staff/windows/market-access-1/bookings`,
      200,
    ],
    ['the ledger', 'zibo-market-access-1-a', `/t/${ZIBO}/staff/ledger`, 200],
  ])('opens %s to %s: %s', async (_what, staffId, path, status) => {
    const res = await page(staffId, path);
    expect(res.status).toBe(status);
    const html = await res.text();
    expect(html).toContain('lang="zh-CN"');
  });

  it('refuses a dispatch posted by a window member, and a desk post from another site', async () => {
    const code = (await (await recordAtDesk(h, '2026-10-02T10:00:00+08:00')).json()).code;
    const res = await post('zibo-market-access-1-a', `/t/${ZIBO}/staff/dispatch/${code}`, {
      leadWindowId: 'market-access-1',
    });
    expect(res.status).toBe(403);
    const crossSite = await h.app.request(`${ORIGIN}/t/${ZIBO}/staff/desk`, {
      method: 'POST',
      body: new URLSearchParams({ channel: 'phone' }),
      headers: {
        cookie: await cookieOf('zibo-desk'),
        origin: 'http://evil.example',
        'content-type': 'application/x-www-form-urlencoded',
      },
    });
    expect(crossSite.status).toBe(403);
    const stored = await (await call(h, MANAGER, 'GET', `/v1/tenants/${ZIBO}/staff-bookings/${code}`)).json();
    expect(stored.handling.state).toBe('new');
  });

  it('takes a staff change from the window’s list and its approval from the ledger', async () => {
    const code = (await (await recordAtDesk(h, '2026-10-03T10:00:00+08:00')).json()).code;
    await post('zibo-section-manager', `/t/${ZIBO}/staff/dispatch/${code}`, {
      leadWindowId: 'market-access-1',
    });
    const list = `/t/${ZIBO}/staff/windows/market-access-1/bookings`;
    const asked = await post('zibo-market-access-1-a', `${list}/${code}/change-request?date=2026-10-03`, {
      kind: 'reschedule',
      date: '2026-10-03',
      time: '14:00',
      reason: '窗口设备检修',
    });
    expect(asked.status).toBe(303);
    expect(asked.headers.get('location')).toContain(`done=${code}`);
    const ledger = await (
      await page(
        'zibo-section-manager',
        `/t/${ZIBO}/staff/ledger?departmentId=approval-bureau&date=2026-10-03`,
      )
    ).text();
    expect(ledger).toContain('窗口设备检修');
    expect(ledger).not.toContain('13912345678');
    const decided = await post('zibo-section-manager', `/t/${ZIBO}/staff/ledger/${code}/decision`, {
      approve: 'true',
    });
    expect(decided.status).toBe(303);
    const moved = await (await call(h, MANAGER, 'GET', `/v1/tenants/${ZIBO}/staff-bookings/${code}`)).json();
    expect(moved.start).toBe('2026-10-03T14:00:00+08:00');
    expect(moved.staffChanges.at(-1)).toMatchObject({ state: 'approved', reason: '窗口设备检修' });
  });
});
