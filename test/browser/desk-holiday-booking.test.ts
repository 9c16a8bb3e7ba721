import { mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BookingHarness, bookingHarness } from '../booking/support/booking-harness.js';

/*
 * The staff pages on a 1366x768 counter PC: Zibo's desk records a holiday phone booking on a working
 * day before the National Day holiday in the desk-phone hours, the section manager dispatches it, the
 * window signs for it, calls the applicant, sends the one-time notice and reconfirms the time, and
 * the department's ledger shows it. The app runs on DynamoDB Local with the clock held at that day.
 */

const SHOTS = resolve('test/browser/screenshots');
const TENANT = 'zibo';
const HOLIDAY = '2026-10-02';

let h: BookingHarness;
let server: Server;
let url: string;
let browser: Browser;
let page: Page;

/** The app on a local port: Node's HTTP server handing each request to the app's fetch. */
function serve(app: BookingHarness['app']): Promise<Server> {
  const s = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
    const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
    const answer = await app.request(`http://${req.headers.host}${req.url}`, {
      method: req.method ?? 'GET',
      headers,
      ...(body && req.method !== 'GET' ? { body } : {}),
    });
    const out: Record<string, string | string[]> = {};
    answer.headers.forEach((v, k) => {
      if (k !== 'set-cookie') out[k] = v;
    });
    const cookies = answer.headers.getSetCookie();
    if (cookies.length > 0) out['set-cookie'] = cookies;
    res.writeHead(answer.status, out);
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  return new Promise((ok) => s.listen(0, '127.0.0.1', () => ok(s)));
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: resolve(SHOTS, `desk-${name}.png`), fullPage: true });
}

async function signInAs(staffId: string, next: string): Promise<void> {
  await page.goto(`${url}/t/${TENANT}/staff/sign-in?next=${encodeURIComponent(next)}`);
  await page.locator(`button[data-staff-id="${staffId}"]`).click();
  await page.waitForURL(`**${next.split('?')[0]}**`);
}

beforeAll(async () => {
  // Tuesday 29 September 2026, 10:00: a working day before the holiday, in the desk-phone hours.
  h = await bookingHarness('desk-browser', '2026-09-29T10:00:00+08:00', { staffSignIn: true });
  server = await serve(h.app);
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await mkdir(SHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  page = await context.newPage();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => server?.close(ok));
  await h?.close();
}, 60_000);

describe('a Zibo holiday phone booking at the counter', () => {
  let code = '';

  it('is recorded at the desk with the form’s fields', async () => {
    await signInAs('zibo-desk', `/t/${TENANT}/staff/desk`);
    await page.getByRole('heading', { level: 1, name: '咨询台：预约登记' }).waitFor();
    await page.getByLabel('受理方式').selectOption('phone');
    await page.getByLabel('事项').selectOption({ label: '企业开办（设立登记）' });
    await page.getByLabel('预约日期').fill(HOLIDAY);
    await page.getByLabel('预约时间').fill('09:30');
    await page.getByLabel('申请人姓名').fill('周海宁');
    await page.getByLabel('联系电话').fill('13912345678');
    await page.getByLabel('单位名称').fill('淄博示例科技有限公司');
    await page.getByLabel('申请人所述时间（原话）').fill('国庆第二天上午');
    await shot('01-desk-form');
    await page.getByRole('button', { name: '登记并提交管理科' }).click();
    const done = page.locator('.done');
    await done.waitFor();
    code = /预约码 ([2-9A-Y]{9})/.exec((await done.textContent()) ?? '')?.[1] ?? '';
    expect(code).toMatch(/^[2-9A-Y]{9}$/);
    const row = page.locator('tr', { hasText: code });
    expect(await row.textContent()).toContain('13912345678');
    expect(await row.textContent()).toContain('待派单');
    await shot('02-desk-recorded');
  });

  it('is dispatched by the section manager to the market-access window with a cooperating window', async () => {
    await signInAs('zibo-section-manager', `/t/${TENANT}/staff/dispatch`);
    const row = page.locator(`tr[data-code="${code}"]`);
    await row.waitFor();
    await row.getByLabel('主办窗口').selectOption('market-access-1');
    await row.getByLabel('工程建设 1').check();
    await shot('03-dispatch-board');
    await row.getByRole('button', { name: '派单' }).click();
    await page.locator('.done').waitFor();
    expect(await page.locator(`tr[data-code="${code}"]`).count()).toBe(0);
  });

  it('is signed for, the applicant contacted, the one-time notice sent and the time reconfirmed at the window', async () => {
    const list = `/t/${TENANT}/staff/windows/market-access-1/bookings?date=${HOLIDAY}`;
    await signInAs('zibo-market-access-1-a', list);
    const row = () => page.locator(`tr[data-code="${code}"]`);
    await row().waitFor();
    expect(await row().textContent()).toContain('已派单待签收');
    await row().getByRole('button', { name: '签收' }).click();
    await page.locator('.done').waitFor();
    await row().getByLabel('已联系上申请人').check();
    await row().getByLabel('备注').fill('已电话联系，申请人确认前来');
    await row().getByRole('button', { name: '记录联系' }).click();
    await page.locator('.done').waitFor();
    await row().getByRole('button', { name: '发送一次性告知' }).click();
    await page.locator('.done').waitFor();
    await row().getByRole('button', { name: '确认预约时间' }).click();
    await page.locator('.done').waitFor();
    const text = (await row().textContent()) ?? '';
    expect(text).toContain('一次性告知已发送');
    expect(text).toContain('已确认时间：2026-10-02 09:30');
    for (const step of ['登记', '派单', '签收', '联系', '一次性告知', '确认时间'])
      expect(text).toContain(step);
    await shot('04-window-handled');
  });

  it('shows in the department’s ledger, phones masked, printable', async () => {
    await page.goto(`${url}/t/${TENANT}/staff/ledger?date=${HOLIDAY}&channel=phone`);
    const row = page.locator(`tr[data-code="${code}"]`);
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('139****5678');
    expect(text).not.toContain('13912345678');
    expect(text).toContain('已签收');
    await shot('05-ledger');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('form').first().isVisible()).toBe(false);
    await shot('06-ledger-print');
  });
});

describe('on the holiday: the same booking checked in, called, served and confirmed', () => {
  it('is checked in at its window, called (the board shows it), completed, and the applicant confirms', async () => {
    const code = await page
      .goto(`${url}/t/${TENANT}/staff/ledger?date=${HOLIDAY}&channel=phone`)
      .then(() => page.locator('tr[data-code]').first().getAttribute('data-code'));
    expect(code).toMatch(/^[2-9A-Y]{9}$/);
    // 2 October, 09:25: five minutes before the agreed 09:30.
    h.setNow('2026-10-02T09:25:00+08:00');
    const booking = await (
      await h.app.request(`/v1/tenants/${TENANT}/staff-bookings/${code}`, {
        headers: {
          authorization: `Bearer ${await h.token({ sub: 'zibo-desk', role: 'desk', tenantId: TENANT })}`,
        },
      })
    ).json();
    const windowId = (booking as { windowId: string }).windowId;
    const member = `zibo-${windowId}-a`;
    await signInAs(member, `/t/${TENANT}/staff/windows/${windowId}`);
    await page.getByLabel('预约签到（扫码枪录入预约码后按回车）').fill(code!);
    await page.keyboard.press('Enter');
    await page.getByText('签到成功。').waitFor();
    await shot('07-checked-in');

    h.setNow('2026-10-02T09:29:00+08:00');
    await page.goto(`${url}/t/${TENANT}/staff/windows/${windowId}`);
    await page.getByRole('button', { name: /叫下一位/ }).click();
    await page.locator('.current', { hasText: '预约' }).waitFor();
    const board = await page.context().newPage();
    await board.goto(`${url}/t/${TENANT}/halls/zibo-center/board`);
    await board.locator('#calls li', { hasText: '请到' }).first().waitFor({ timeout: 10_000 });
    await board.screenshot({ path: resolve(SHOTS, 'desk-08-board.png'), fullPage: true });
    await board.close();
    await page.getByRole('button', { name: '受理' }).click();
    h.setNow('2026-10-02T09:50:00+08:00');
    await page.getByRole('button', { name: '办结' }).click();
    await page.getByText(/今日本窗口已办结 1 件/).waitFor();
    await shot('09-completed');

    const phone = await page.context().newPage();
    await phone.goto(`${url}/t/${TENANT}/tickets/${code}`);
    await phone.getByRole('button', { name: '确认本次办理（代替纸质签字）' }).click();
    await phone.locator('#confirmed').waitFor();
    await phone.screenshot({ path: resolve(SHOTS, 'desk-10-confirmed.png'), fullPage: true });
    await phone.close();
    const after = await (
      await h.app.request(`/v1/tenants/${TENANT}/staff-bookings/${code}`, {
        headers: {
          authorization: `Bearer ${await h.token({ sub: 'zibo-desk', role: 'desk', tenantId: TENANT })}`,
        },
      })
    ).json();
    expect((after as { status: string }).status).toBe('completed');
  });
});
