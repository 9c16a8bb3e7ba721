import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shanghaiDateOf } from '@openhall/domain';
import { type LocalProduct, startLocalProduct } from '@openhall/local';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextRestSaturday } from './next-rest-saturday.js';
import { launchPhoneBrowser, screenshot } from './phone-browser.js';

/*
 * The real local product (DynamoDB Local in memory, the seeded tenants, the HTTP app) driven by a
 * phone-sized Chromium: a citizen books a Zibo weekend slot (周末无休), finds the booking again with
 * the code and phone, and cancels it; then turns on 长辈模式.
 */

const TENANT = 'zibo';
const MATTER_NAME = '企业开办（设立登记）';
const APPLICANT = { name: '周晓岚', phone: '13912345678' };

let keysDir: string;
let product: LocalProduct;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  keysDir = await mkdtemp(join(tmpdir(), 'openhall-browser-'));
  product = await startLocalProduct({
    port: 0,
    tableName: `browser-${randomUUID()}`,
    keysFile: join(keysDir, 'dev-keys.json'),
    // This walk is about booking and cancelling; the SMS-code step has tests of its own.
    phoneVerification: 'off',
  });
  ({ browser, context } = await launchPhoneBrowser());
  page = await context.newPage();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await product?.stop();
  if (keysDir) await rm(keysDir, { recursive: true, force: true });
}, 60_000);

/** Waits for the page whose h1 is `title` (so a click's navigation has landed) and returns it. */
async function landOn(title: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
}

describe('a citizen on a phone', () => {
  let saturday: string;
  let code: string;

  it('books a weekend slot at Zibo', async () => {
    saturday = await nextRestSaturday(product.url, TENANT, shanghaiDateOf(new Date()));

    await page.goto(`${product.url}/t/${TENANT}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await screenshot(page, '01-home');

    await page.getByRole('link', { name: MATTER_NAME }).click();
    await landOn(MATTER_NAME);
    await screenshot(page, '02-matter');

    await page.locator(`a.day[href*="date=${saturday}"]`).click();
    await landOn(`预约：${MATTER_NAME}`);
    expect(await page.locator('.facts').textContent()).toContain('休息日');
    await page.locator('input[name="start"]:not([disabled])').first().check();
    await page.getByLabel('姓名').fill(APPLICANT.name);
    await page.getByLabel('手机号码').fill(APPLICANT.phone);
    await screenshot(page, '03-book-form');
    await page.getByRole('button', { name: '提交预约' }).click();

    await landOn('预约成功');
    code = (await page.locator('.code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[2-9A-Y]{3}-[2-9A-Y]{3}-[2-9A-Y]{3}$/);
    expect(await page.locator('.qr svg').count()).toBe(1);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('139****5678');
    expect(text).not.toContain(APPLICANT.phone);
    await screenshot(page, '04-confirmation');
  });

  it('finds the booking by code and phone, and cancels it', async () => {
    await page.getByRole('link', { name: '查看、改约或取消预约' }).click();
    await landOn('我的预约');
    expect(await page.getByLabel('预约码').inputValue()).toBe(code.replaceAll('-', ''));
    await page.getByLabel('手机号码').fill(APPLICANT.phone);
    await page.getByRole('button', { name: '查询预约' }).click();
    await page.getByRole('button', { name: '取消预约' }).waitFor();
    expect(await page.locator('.facts').textContent()).toContain('已预约');
    expect(page.url()).not.toContain(APPLICANT.phone);
    await screenshot(page, '05-my-booking');

    await page.getByRole('button', { name: '取消预约' }).click();
    await landOn('确认取消预约');
    await screenshot(page, '06-cancel-confirm');
    await page.getByRole('button', { name: '确认取消' }).click();

    await landOn('我的预约');
    expect(await page.getByRole('status').textContent()).toBe('预约已取消。');
    expect(await page.locator('.facts').textContent()).toContain('已取消');
    expect(await page.getByRole('button', { name: '取消预约' }).count()).toBe(0);
    await screenshot(page, '07-cancelled');
  });

  it('turns on 长辈模式 and keeps it', async () => {
    await page.goto(`${product.url}/t/${TENANT}`);
    await page.getByRole('button', { name: '长辈模式' }).click();
    await page.getByRole('button', { name: '标准模式' }).waitFor();

    await page.goto(`${product.url}/t/${TENANT}/matters/enterprise-establishment`);
    const rootSize = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(Number.parseFloat(rootSize)).toBeGreaterThanOrEqual(22);
    const dayLink = await page.locator('a.day').first().boundingBox();
    expect(dayLink?.height).toBeGreaterThanOrEqual(48);
    await screenshot(page, '08-elder-matter');

    await page.goto(`${product.url}/t/${TENANT}`);
    await screenshot(page, '09-elder-home');
  });
});
