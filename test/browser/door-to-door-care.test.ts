import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type LocalProduct, startLocalProduct } from '@openhall/local';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPhoneBrowser } from './phone-browser.js';

/*
 * The real local product driven by two browsers: an elderly applicant in Boai asks for a
 * door-to-door visit on a phone (长辈模式 on); the hall's window staff accept it on a counter PC
 * with two members, record the visit; the applicant rates it 不满意 with the code; the window
 * calls back, records the fix and closes the follow-up.
 */

const TENANT = 'boai';
const SHOTS = resolve('test/browser/screenshots');

let keysDir: string;
let product: LocalProduct;
let browser: Browser;
let phone: BrowserContext;
let counter: BrowserContext;
let citizen: Page;
let staff: Page;

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: resolve(SHOTS, `care-${name}.png`), fullPage: true });
}

async function landOn(page: Page, title: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  keysDir = await mkdtemp(join(tmpdir(), 'openhall-care-'));
  product = await startLocalProduct({
    port: 0,
    tableName: `browser-care-${randomUUID()}`,
    keysFile: join(keysDir, 'dev-keys.json'),
    phoneVerification: 'off',
  });
  ({ browser, context: phone } = await launchPhoneBrowser());
  counter = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  citizen = await phone.newPage();
  staff = await counter.newPage();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await product?.stop();
  if (keysDir) await rm(keysDir, { recursive: true, force: true });
}, 60_000);

describe('a Boai door-to-door visit, end to end', () => {
  let code = '';

  it('is asked for on the web page in 长辈模式', async () => {
    await citizen.goto(`${product.url}/t/${TENANT}/care/door-to-door`);
    await citizen.getByRole('button', { name: '长辈模式' }).click();
    await citizen.getByRole('button', { name: '标准模式' }).waitFor();
    const rootSize = await citizen.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(Number.parseFloat(rootSize)).toBeGreaterThanOrEqual(22);
    await citizen.getByLabel('申请人姓名').fill('李长青');
    await citizen.getByLabel('手机号码').fill('13912345678');
    await citizen.getByLabel('申请原因').selectOption('elderly');
    await citizen.getByLabel('具体情况').fill('八十岁，行动不便');
    await citizen.getByLabel('上门地址').fill('博爱县某村 3 号');
    await shot(citizen, '01-request-elder');
    await citizen.getByRole('button', { name: '提交申请' }).click();
    await landOn(citizen, '申请已提交');
    code = ((await citizen.locator('.code').textContent()) ?? '').trim();
    expect(code).toMatch(/^[2-9A-Y]{3}-[2-9A-Y]{3}-[2-9A-Y]{3}$/);
    expect(await citizen.locator('main').textContent()).toContain('前答复您');
    await shot(citizen, '02-requested');
  });

  it('is accepted at the counter with two staff and recorded', async () => {
    await staff.goto(`${product.url}/t/${TENANT}/staff/sign-in`);
    await staff.locator('button[data-staff-id="boai-window"]').click();
    await staff.goto(`${product.url}/t/${TENANT}/staff/care`);
    await landOn(staff, '服务监督：上门、评价回访、投诉');
    const id = code.replace(/-/g, '');
    await shot(staff, '03-staff-overview');
    await staff.locator(`a[href$="/staff/care/visits/${id}"]`).first().click();
    await landOn(staff, `上门服务 ${id}`);
    // A window member sees the phone masked.
    expect(await staff.locator('main').textContent()).toContain('139****5678');

    const tomorrow = new Date(Date.now() + 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
    await staff.getByLabel('上门时间').fill(`${tomorrow}T10:00`);
    await staff
      .getByLabel('一次告知：材料和流程')
      .fill('请准备身份证原件；流程：核验身份、填写申请、当场受理。');
    await staff.getByLabel(/^吴安然/).check();
    await staff.getByLabel(/^郑方圆/).check();
    await staff.getByRole('button', { name: '受理' }).click();
    await staff.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    expect(await staff.locator('.visit-staff').textContent()).toBe('吴安然、郑方圆');
    await shot(staff, '04-accepted-two-staff');

    await staff.getByLabel('办理结果').fill('已上门核验并当场受理');
    await staff.getByRole('button', { name: '办结' }).click();
    await staff.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    expect(await staff.locator('dd[data-status]').first().getAttribute('data-status')).toBe('completed');
    await shot(staff, '05-visit-recorded');
  });

  it('shows the applicant who comes, then takes their 不满意 on the phone', async () => {
    await citizen.goto(`${product.url}/t/${TENANT}/care/visit?code=${code}`);
    await citizen.getByLabel('手机号码').fill('13912345678');
    await citizen.getByRole('button', { name: '查询' }).click();
    await landOn(citizen, '上门服务进度');
    const text = (await citizen.locator('main').textContent()) ?? '';
    expect(text).toContain('吴安然、郑方圆');
    expect(text).toContain('身份证原件');
    await shot(citizen, '06-visit-seen');
    await citizen.getByRole('link', { name: '评价本次服务' }).click();
    await landOn(citizen, '服务评价（好差评）');
    expect(await citizen.locator('main').textContent()).not.toContain('李长青');
    await citizen.getByLabel('不满意', { exact: true }).check();
    await citizen.getByLabel('意见或建议（可不填）').fill('约定时间晚到了半小时');
    await shot(citizen, '07-rate-elder');
    await citizen.getByRole('button', { name: '提交评价' }).click();
    await landOn(citizen, '感谢您的评价！');
    expect(await citizen.locator('main').textContent()).toContain('回访');
    await shot(citizen, '08-rated');
  });

  it('is called back, fixed and closed by the handling department', async () => {
    const id = `visit-${code.replace(/-/g, '')}`;
    await staff.goto(`${product.url}/t/${TENANT}/staff/care`);
    await staff.locator(`a[href$="/staff/care/follow-ups/${id}"]`).first().click();
    await landOn(staff, `差评回访 ${id}`);
    await shot(staff, '09-follow-up-open');
    await staff.getByLabel('情况说明').fill('已电话回访，群众反映上门迟到');
    await staff.getByRole('button', { name: '记录回访' }).click();
    await staff.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    await staff.getByLabel('情况说明').fill('调整上门排班，出发前电话确认');
    await staff.getByRole('button', { name: '记录整改' }).click();
    await staff.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    await staff.getByLabel('结果（告知评价人）').fill('已整改并电话告知');
    await staff.getByRole('button', { name: '办结并告知结果' }).click();
    await staff.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    expect(await staff.locator('dd[data-status]').getAttribute('data-status')).toBe('closed');
    const actions = await staff
      .locator('tr[data-action]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')));
    expect(actions).toEqual(['rated', 'opened', 'called-back', 'fixed', 'closed']);
    await shot(staff, '10-follow-up-closed');
  });
});
