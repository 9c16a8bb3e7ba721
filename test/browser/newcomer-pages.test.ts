import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, shanghaiDateOf } from '@openhall/domain';
import { type LocalProduct, startLocalProduct } from '@openhall/local';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextRestSaturday } from './next-rest-saturday.js';
import { launchPhoneBrowser, screenshot } from './phone-browser.js';

/*
 * The citizen pages as a newcomer meets them, on a 390x844 phone, in Chinese and English, in the
 * standard view and in 长辈模式: the matter search first on the home page and finding 社会保障卡申领
 * by 社保 (or sbk), a date typed into the address that has passed, a pasted "+86 …" phone, and the
 * confirmation that says when and where first and names the one window to go to. Screenshots go
 * to test-results/screenshots/newcomer-*.png.
 */

const TENANT = 'chengde-gxq';
const MATTER = 'enterprise-registration';
const HALL = 'chengde-gxq-center';

const VARIANTS = [
  { lang: 'zh', elder: false },
  { lang: 'en', elder: false },
  { lang: 'zh', elder: true },
  { lang: 'en', elder: true },
] as const;

const WORDS = {
  zh: {
    query: '社保',
    card: '社会保障卡申领',
    past: '这一天已经过去',
    name: '姓名',
    phone: '手机号码',
    submit: '提交预约',
    done: '预约成功',
    goTo: '请到 ',
  },
  en: {
    query: 'sbk',
    card: 'Social security card application',
    past: 'This day is in the past',
    name: 'Full name',
    phone: 'Mobile number',
    submit: 'Book',
    done: 'Booking confirmed',
    goTo: 'Go to ',
  },
} as const;

let keysDir: string;
let product: LocalProduct;
let browser: Browser;
let saturday: string;

beforeAll(async () => {
  keysDir = await mkdtemp(join(tmpdir(), 'openhall-newcomer-'));
  product = await startLocalProduct({
    port: 0,
    tableName: `newcomer-${randomUUID()}`,
    keysFile: join(keysDir, 'dev-keys.json'),
    // These pages are what a newcomer sees before and after booking; the SMS-code step has tests of its own.
    phoneVerification: 'off',
  });
  ({ browser } = await launchPhoneBrowser());
  saturday = await nextRestSaturday(product.url, TENANT, shanghaiDateOf(new Date()));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await product?.stop();
  if (keysDir) await rm(keysDir, { recursive: true, force: true });
}, 60_000);

async function phonePage(lang: 'zh' | 'en', elder: boolean): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    locale: lang === 'zh' ? 'zh-CN' : 'en-GB',
    timezoneId: 'Asia/Shanghai',
  });
  const host = new URL(product.url).hostname;
  await context.addCookies([
    { name: 'lang', value: lang, domain: host, path: '/' },
    { name: 'elder', value: elder ? 'on' : 'off', domain: host, path: '/' },
  ]);
  return context.newPage();
}

describe('the citizen pages as a newcomer sees them', () => {
  VARIANTS.forEach(({ lang, elder }, i) => {
    const name = `newcomer-${lang}${elder ? '-elder' : ''}`;
    const words = WORDS[lang];

    it(`${lang}${elder ? ', 长辈模式' : ''}: search first, a past date, a pasted phone, the confirmation`, async () => {
      const page = await phonePage(lang, elder);

      await page.goto(`${product.url}/t/${TENANT}?q=${encodeURIComponent(words.query)}`);
      const search = await page.locator('#matters').boundingBox();
      const halls = await page.locator('#halls').boundingBox();
      expect(search!.y).toBeLessThan(halls!.y);
      expect(search!.y).toBeLessThan(844);
      await page.getByRole('link', { name: words.card }).waitFor();
      await screenshot(page, `${name}-1-home-search`);

      await page.goto(`${product.url}/t/${TENANT}/matters/${MATTER}`);
      await screenshot(page, `${name}-2-matter`);

      const yesterday = addDays(shanghaiDateOf(new Date()), -1);
      await page.goto(`${product.url}/t/${TENANT}/book?matterId=${MATTER}&hallId=${HALL}&date=${yesterday}`);
      expect(await page.locator('main').textContent()).toContain(words.past);
      await screenshot(page, `${name}-3-past-date`);

      await page.goto(`${product.url}/t/${TENANT}/book?matterId=${MATTER}&hallId=${HALL}&date=${saturday}`);
      await page.locator('input[name="start"]:not([disabled])').first().check();
      await page.getByLabel(words.name, { exact: true }).fill('周晓岚');
      // Pasted whole: nothing cuts it at 11 characters, and the server reads it as 1391234567x.
      const pasted = `+86 139 1234 567${i}`;
      await page.getByLabel(words.phone).fill(pasted);
      expect(await page.getByLabel(words.phone).inputValue()).toBe(pasted);
      await page.getByRole('button', { name: words.submit, exact: true }).click();

      await page.getByRole('heading', { level: 1, name: words.done }).waitFor();
      const facts = await page.locator('.facts').boundingBox();
      const code = await page.locator('.code').boundingBox();
      expect(facts!.y).toBeLessThan(code!.y);
      const factsText = (await page.locator('.facts').textContent()) ?? '';
      expect(factsText).toContain(words.goTo);
      expect(factsText).toContain(`139****567${i}`);
      await screenshot(page, `${name}-4-confirmation`);
      await page.context().close();
    }, 120_000);
  });

  it('/v1/docs shows schemas, examples and how to get a token', async () => {
    const page = await phonePage('zh', false);
    await page.goto(`${product.url}/v1/docs`);
    await page.getByRole('heading', { name: 'How to get a token / 获取令牌' }).waitFor();
    expect(await page.locator('#schema-Applicant').count()).toBe(1);
    await page.screenshot({ path: 'test-results/screenshots/newcomer-docs.png' });
    // The document is long: bring the booking operation into view and take the viewport (an element
    // screenshot of a section this size waits for layout to settle, which a loaded machine may not give).
    const booking = page.locator('#op-post-v1-tenants-tenantId-bookings');
    expect(await booking.count()).toBe(1);
    await booking.evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: 'test-results/screenshots/newcomer-docs-booking.png' });
    await page.context().close();
  }, 60_000);
});
