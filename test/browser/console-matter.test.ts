import { addDays, shanghaiDateOf, slotCapacity } from '@openhall/domain';
import type { LocalProduct } from '@openhall/local';
import { seedConfig } from '@openhall/seed';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CounterPcSession, screenshot, startProductAtCounterPc } from './phone-browser.js';

/*
 * The real local product driven by Chromium at a counter PC's size: Zibo's district admin adds a
 * window and a matter served by it with two materials for the one-time notice (the second row
 * added by the page's script), is shown a field error on the way, and a citizen then finds the
 * matter with places at that window. A stale edit of the window, made from a second tab, shows
 * who changed what in between (the DynamoDB store's audit names the changed paths and values).
 */

const TENANT = 'zibo';
const config = seedConfig(TENANT);
const HALL = config.halls[0]!.id;
const DEPARTMENT = config.departments[0]!.id;
const CONSOLE = `/t/${TENANT}/staff/admin/config`;

let session: CounterPcSession;
let product: LocalProduct;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  session = await startProductAtCounterPc();
  ({ product, context, page } = session);
}, 180_000);

afterAll(async () => {
  await session?.stop();
}, 60_000);

interface Availability {
  slots: { start: string; capacity: number; remaining: number }[];
}

async function availability(matterId: string, date: string): Promise<Availability | undefined> {
  const q = new URLSearchParams({ matterId, hallId: HALL, date });
  const res = await fetch(`${product.url}/v1/tenants/${TENANT}/availability?${q}`);
  return res.ok ? ((await res.json()) as Availability) : undefined;
}

describe("Zibo's district admin adds a matter and the window that serves it", () => {
  it('adds window C09 from the console', async () => {
    await page.goto(`${product.url}/t/${TENANT}/staff/sign-in`);
    await page.locator(`button[data-staff-id="${TENANT}-district-admin"]`).click();
    await page.waitForURL(`**/t/${TENANT}/staff`);
    await page.goto(`${product.url}${CONSOLE}`);
    await screenshot(page, 'console-01-index');
    await page.getByRole('link', { name: /^窗口/ }).click();
    await page.getByRole('link', { name: '新增' }).click();
    await page.getByLabel('编号（小写字母、数字和连字符，保存后不能改）').fill('c09');
    await page.getByLabel('窗口号（如“二楼 B02”）').fill('三楼 C09');
    await page.getByLabel('名称（中文）').fill('综合受理 C09');
    await page.getByLabel('名称 (English)').fill('Reception C09');
    await page.getByLabel('所在大厅').selectOption(HALL);
    await page.getByLabel('所属单位').selectOption(DEPARTMENT);
    await page.getByLabel('同时办理人数').fill('2');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('已保存（配置第 2 版）').waitFor();
    await screenshot(page, 'console-02-window-saved');
  });

  it('adds a matter with two materials served by C09, after fixing a field error', async () => {
    await page.goto(`${product.url}${CONSOLE}/matters/new`);
    await page.getByLabel('编号（小写字母、数字和连字符，保存后不能改）').fill('seal-engraving');
    await page.getByLabel('名称（中文）').first().fill('公章刻制备案');
    await page.getByLabel('名称 (English)').first().fill('Company seal registration');
    await page.getByLabel('类别（如 市场准入、不动产登记）').fill('市场准入');
    await page.getByLabel('主管单位').selectOption(DEPARTMENT);
    await page.locator('input[name="windowIds:list"][value="c09"]').check();
    await page.locator('input[name="materials.0.zh"]').fill('营业执照副本');
    await page.locator('input[name="materials.0.en"]').fill('Copy of the business licence');
    await page.getByRole('button', { name: '增加材料' }).click();
    await page.locator('input[name="materials.1.zh"]').fill('法定代表人身份证');
    await page.locator('input[name="materials.1.en"]').fill("Legal representative's ID card");
    await page.getByLabel('每个预约时段长度（分钟，5 的倍数）').fill('7');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    const error = page.locator('.field-error[data-field="slotMinutes"]');
    await error.waitFor();
    expect(await error.textContent()).toContain('须为 5 的倍数');
    // The rows typed, the second one added by the script, are still there.
    expect(await page.locator('input[name="materials.1.zh"]').inputValue()).toBe('法定代表人身份证');
    await screenshot(page, 'console-03-matter-error');
    await page.getByLabel('每个预约时段长度（分钟，5 的倍数）').fill('30');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('已保存（配置第 3 版）').waitFor();
    expect(await page.locator('input[name="materials.1.en"]').inputValue()).toBe(
      "Legal representative's ID card",
    );
    await screenshot(page, 'console-04-matter-saved');
  });

  it('offers the matter to citizens with the places of C09', async () => {
    const today = shanghaiDateOf(new Date());
    let date: string | undefined;
    let found: Availability | undefined;
    for (let i = 1; i <= 10 && !date; i++) {
      const d = addDays(today, i);
      const a = await availability('seal-engraving', d);
      if (a && a.slots.length > 0) [date, found] = [d, a];
    }
    expect(date).toBeDefined();
    // C09 has two people serving at once and no rota yet for that day; the desk's share is held back.
    const online = slotCapacity(2, config.bookingPolicy.deskPhoneHoldbackPercent, 'online');
    expect(online).toBeGreaterThan(0);
    expect(found!.slots.every((s) => s.capacity === online)).toBe(true);
    expect(found!.slots.every((s) => new Date(s.start).getMinutes() % 30 === 0)).toBe(true);
    const citizen = await context.newPage();
    await citizen.goto(
      `${product.url}/t/${TENANT}/book?${new URLSearchParams({ matterId: 'seal-engraving', hallId: HALL, date: date! })}`,
    );
    await citizen.getByText('公章刻制备案').first().waitFor();
    expect(await citizen.locator('input[name="start"]:not([disabled])').count()).toBe(found!.slots.length);
    await screenshot(citizen, 'console-05-citizen-slots');
    await citizen.close();
  });

  it('shows who changed what in between when the window is saved from a stale tab', async () => {
    const url = `${product.url}${CONSOLE}/windows/c09`;
    const other = await context.newPage();
    await page.goto(url);
    await other.goto(url);
    await other.getByLabel('窗口号（如“二楼 B02”）').fill('三楼 C10');
    await other.getByRole('button', { name: '保存', exact: true }).click();
    await other.getByText('已保存（配置第 4 版）').waitFor();
    await other.close();
    await page.getByLabel('同时办理人数').fill('3');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    const stale = page.locator('.stale');
    await stale.waitFor();
    const text = (await stale.textContent()) ?? '';
    const admin = config.staff.find((s) => s.id === `${TENANT}-district-admin`)!.name;
    expect(text).toContain(`第 4 版`);
    expect(text).toContain(admin);
    expect(text).toContain('PUT windows/c09');
    expect(text).toContain('原为 三楼 C09 改为 三楼 C10');
    expect(await page.getByLabel('同时办理人数').inputValue()).toBe('3');
    await screenshot(page, 'console-06-stale');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('已保存（配置第 5 版）').waitFor();
  });
});

describe("Zibo's hall hours on a tablet", () => {
  it('adds an evening session to the holiday hours and sees the lunch it leaves', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto(`${product.url}${CONSOLE}/halls/${HALL}/opening`);
    const holiday = page.locator('#f-openingPolicy-holiday');
    const before = await holiday.locator('[data-row]').count();
    await holiday.getByRole('button', { name: '增加时段' }).click();
    await holiday.locator(`input[name="openingPolicy.holiday.sessions.${before}.from"]`).fill('18:00');
    await holiday.locator(`input[name="openingPolicy.holiday.sessions.${before}.to"]`).fill('20:00');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('已保存（配置第').waitFor();
    expect(await page.locator('#f-openingPolicy-holiday [data-row]').count()).toBe(before + 1);
    const lunch = await page.locator('#f-openingPolicy-holiday .day-summary').getAttribute('data-lunch');
    expect(lunch?.split(',').at(-1)).toMatch(/-18:00$/);
    await screenshot(page, 'console-07-opening-tablet');
    await page.goto(`${product.url}${CONSOLE}/halls/${HALL}/lunar`);
    await page.getByRole('button', { name: '增加特殊时段' }).click();
    await screenshot(page, 'console-08-lunar-tablet');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${product.url}${CONSOLE}/staffing-rules`);
    const bRows = page.locator('#f-abRoles-0-b [data-row]');
    const bs = await bRows.count();
    await page.locator('#f-abRoles-0-b').getByRole('button', { name: '增加 B 角' }).click();
    expect(await bRows.count()).toBe(bs + 1);
    await screenshot(page, 'console-09-staffing-rules');
  });
});
