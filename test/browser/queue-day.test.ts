import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalProduct, startLocalProduct } from '@openhall/local';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPhoneBrowser, screenshot } from './phone-browser.js';

/*
 * The hall's day in a browser on the real local product: a walk-in takes a ticket at the kiosk on a
 * phone, window B02 calls it from the keyboard, the display board shows and speaks it, the window
 * accepts and completes it, the applicant confirms on the phone; then a booking is checked in at the
 * window by its code, called and completed. The product's clock is a Tuesday morning that runs on
 * in real time and that the test moves forward.
 */

const T = 'zaozhuang-gxq';
const HALL = 'zaozhuang-gxq-hall';
let offset = Date.parse('2026-12-01T10:00:00+08:00') - Date.now();
const now = () => new Date(Date.now() + offset);

let keysDir: string;
let product: LocalProduct;
let browser: Browser;
let phoneContext: BrowserContext;
let counter: BrowserContext;
let phone: Page;
let windowPage: Page;
let board: Page;
let ticketUrl: string;
let number: string;

beforeAll(async () => {
  keysDir = await mkdtemp(join(tmpdir(), 'openhall-queue-'));
  product = await startLocalProduct({
    port: 0,
    tableName: `queue-browser-${randomUUID()}`,
    keysFile: join(keysDir, 'dev-keys.json'),
    phoneVerification: 'off',
    now,
  });
  ({ browser, context: phoneContext } = await launchPhoneBrowser());
  phone = await phoneContext.newPage();
  counter = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  windowPage = await counter.newPage();
  const boardContext = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  // Speech is recorded, not played: each utterance lasts 300 ms, and two at once would be caught.
  await boardContext.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    const spoken: string[] = [];
    let active = 0;
    let overlapped = false;
    w.__spoken = spoken;
    w.__overlapped = () => overlapped;
    w.SpeechSynthesisUtterance = class {
      text: string;
      lang = '';
      rate = 1;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    };
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        speak(u: { text: string; onend: (() => void) | null }) {
          if (u.text === '') return;
          if (active > 0) overlapped = true;
          active++;
          spoken.push(u.text);
          setTimeout(() => {
            active--;
            u.onend?.();
          }, 300);
        },
      },
    });
  });
  board = await boardContext.newPage();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await product?.stop();
  if (keysDir) await rm(keysDir, { recursive: true, force: true });
}, 60_000);

async function signInAtWindow(): Promise<void> {
  await windowPage.goto(`${product.url}/t/${T}/staff/sign-in`);
  await windowPage.locator(`form:has(input[name="staffId"][value="${T}-b02-a"]) button`).click();
  await windowPage.getByRole('heading', { level: 1, name: /B02/ }).waitFor();
}

describe('a walk-in, from the kiosk to the applicant’s confirmation', () => {
  it('takes a ticket at the kiosk and follows it on the phone', async () => {
    await board.goto(`${product.url}/t/${T}/halls/${HALL}/board`);
    await board.getByRole('button', { name: '开启语音播报' }).click();

    await phone.goto(`${product.url}/t/${T}/halls/${HALL}/kiosk`);
    await phone.getByLabel('手机号（选填，号码会跟随到您的手机）').fill('13912345678');
    await screenshot(phone, 'queue-01-kiosk');
    await phone.getByRole('button', { name: /^A · / }).click();
    await phone.getByRole('heading', { level: 1, name: '我的排队号' }).waitFor();
    number = ((await phone.locator('#number').textContent()) ?? '').trim();
    expect(number).toMatch(/^A\d{3}$/);
    expect(await phone.locator('main').textContent()).toContain('前面还有 0 人');
    ticketUrl = phone.url();
    await screenshot(phone, 'queue-02-ticket');
  });

  it('is called at window B02 from the keyboard, and the board shows and speaks it once', async () => {
    await signInAtWindow();
    expect(await windowPage.locator('main').textContent()).toContain('139****5678');
    expect(await windowPage.locator('main').textContent()).not.toContain('13912345678');
    // "Call next" has the focus: Enter calls.
    await windowPage.keyboard.press('Enter');
    await windowPage.locator('.current .number', { hasText: number }).waitFor();
    await screenshot(windowPage, 'queue-03-window-called');

    await board
      .locator('#calls li', { hasText: `${number} 请到 二楼 B02 窗口` })
      .waitFor({ timeout: 10_000 });
    await board.waitForFunction(
      () => ((window as unknown as { __spoken: string[] }).__spoken ?? []).length > 0,
    );
    await screenshot(board, 'queue-04-board');
    const spoken = await board.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);
    expect(spoken).toHaveLength(1);
    expect(spoken[0]).toContain(number.split('').join(' '));

    // The phone's page moves on by itself.
    await phone.locator('.go', { hasText: '请到 二楼 B02 窗口办理' }).waitFor({ timeout: 15_000 });
  });

  it('is recalled (spoken again, never over the first), accepted and completed; the applicant confirms', async () => {
    await windowPage.getByRole('button', { name: '重呼' }).click();
    await board.waitForFunction(
      () => (window as unknown as { __spoken: string[] }).__spoken.length === 2,
      null,
      {
        timeout: 10_000,
      },
    );
    expect(
      await board.evaluate(() => (window as unknown as { __overlapped: () => boolean }).__overlapped()),
    ).toBe(false);

    await windowPage.getByRole('button', { name: '受理' }).click();
    await windowPage.getByRole('button', { name: '办结' }).waitFor();
    await screenshot(windowPage, 'queue-05-window-serving');
    await windowPage.getByRole('button', { name: '办结' }).click();
    await windowPage.getByText('今日本窗口已办结 1 件').waitFor();

    await phone.goto(ticketUrl);
    await phone.getByRole('heading', { name: '办理结束' }).waitFor();
    await phone.getByRole('button', { name: '确认本次办理（代替纸质签字）' }).click();
    await phone.locator('#confirmed').waitFor();
    await screenshot(phone, 'queue-06-confirmed');
  });
});

describe('a booking checked in by its code', () => {
  it('is checked in at the window, called at its time and completed', async () => {
    const res = await fetch(`${product.url}/v1/tenants/${T}/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify({
        matterId: 'company-registration',
        hallId: HALL,
        start: '2026-12-01T11:30:00+08:00',
        applicant: { name: '周晓岚', phone: '13800001111' },
      }),
    });
    expect(res.status).toBe(201);
    const { code } = (await res.json()) as { code: string };

    await windowPage.getByLabel('预约签到（扫码枪录入预约码后按回车）').fill(code);
    await windowPage.keyboard.press('Enter');
    await windowPage.getByText('签到成功。').waitFor();
    await screenshot(windowPage, 'queue-07-checked-in');
    expect(await windowPage.locator('main').textContent()).toContain('138****1111');

    // Another walk-in takes a ticket: the window's screen shows it by itself.
    await phone.goto(`${product.url}/t/${T}/halls/${HALL}/kiosk`);
    await phone.getByRole('button', { name: /^A · / }).click();
    const second = ((await phone.locator('#number').textContent()) ?? '').trim();
    await windowPage.locator('table td', { hasText: second }).waitFor({ timeout: 20_000 });

    // 11:29: callable two minutes before its time.
    offset += Date.parse('2026-12-01T11:29:00+08:00') - now().getTime();
    await windowPage.goto(windowPage.url().split('?')[0]!);
    // The walk-in arrived (about 10:00) before the appointment's time (11:30): it is called first.
    await windowPage.getByRole('button', { name: /叫下一位/ }).click();
    await windowPage.locator('.current', { hasText: second }).waitFor();
    await windowPage.getByRole('button', { name: '受理' }).click();
    await windowPage.getByRole('button', { name: '办结' }).click();
    await windowPage.getByRole('button', { name: /叫下一位/ }).click();
    await windowPage.locator('.current', { hasText: '预约' }).waitFor();
    await windowPage.getByRole('button', { name: '受理' }).click();
    await windowPage.getByRole('button', { name: '办结' }).click();
    await windowPage.getByText('今日本窗口已办结 3 件').waitFor();
    await screenshot(windowPage, 'queue-08-window-done');

    const booking = await fetch(`${product.url}/v1/tenants/${T}/bookings/${code}?phone=13800001111`);
    expect(((await booking.json()) as { status: string }).status).toBe('completed');
  });
});
