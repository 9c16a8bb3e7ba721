import { shanghaiDateOf } from '@openhall/domain';
import type { LocalProduct } from '@openhall/local';
import { seedConfig } from '@openhall/seed';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextRestSaturday } from './next-rest-saturday.js';
import { type CounterPcSession, screenshot, startProductAtCounterPc } from './phone-browser.js';

/*
 * The real local product driven by Chromium at a counter PC's size: Chengde's district admin plans
 * the next rest-day Saturday, leaves one approval window closed (2 comprehensive windows per
 * category are required on non-working days), sees the violation with its hour and window, fixes
 * it, and the citizen's availability for that Saturday follows the rota's people.
 */

const TENANT = 'chengde-gxq';
const HALL = 'chengde-gxq-center';
const config = seedConfig(TENANT);
const holder = (windowId: string) =>
  windowId === 'consultation-desk' ? `${TENANT}-desk` : `${TENANT}-${windowId}-a`;

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

async function capacityOnline(date: string): Promise<number | undefined> {
  const q = new URLSearchParams({ matterId: 'enterprise-registration', hallId: HALL, date });
  const res = await fetch(`${product.url}/v1/tenants/${TENANT}/availability?${q}`);
  const body = (await res.json()) as { slots: { capacity: number }[] };
  return body.slots.at(-1)?.capacity;
}

describe("Chengde's district admin plans a weekend rota", () => {
  let saturday: string;

  it('signs in and finds the Saturday among the days with staffing problems', async () => {
    saturday = await nextRestSaturday(product.url, TENANT, shanghaiDateOf(new Date()));
    await page.goto(`${product.url}/t/${TENANT}/staff/sign-in`);
    await page.locator(`button[data-staff-id="${TENANT}-district-admin"]`).click();
    await page.waitForURL(`**/t/${TENANT}/staff`);
    await page.goto(
      `${product.url}/t/${TENANT}/staff/admin/rota?hallId=${HALL}&month=${saturday.slice(0, 7)}`,
    );
    expect(await page.locator(`tr.has-issues[data-date="${saturday}"]`).count()).toBe(1);
    await screenshot(page, 'rota-01-month');
    await page.locator(`a[href*="/rota/${saturday}"]`).first().click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: saturday }).waitFor();
  });

  it('leaves one approval window closed and sees the 2-per-category violation with its hour and window', async () => {
    expect(await capacityOnline(saturday)).toBe(2); // before any rota: one person per approval window
    for (const w of config.windows) {
      if (w.id === 'approval-2') continue;
      await page.locator(`input[name="w:${w.id}"][value="${holder(w.id)}"]`).check();
    }
    await page.locator(`input[name="section"][value="${TENANT}-section-manager"]`).check();
    await page.getByRole('button', { name: '保存排班' }).click();
    await page.getByText('已保存（第 1 版）').waitFor();
    const violation = page.locator('li[data-rule="minimum_not_met"][data-window="approval-2"]').first();
    expect(await violation.textContent()).toContain('09:00–10:00');
    await screenshot(page, 'rota-02-violation');
    // The citizen is promised only what the rota staffs: one approval window.
    expect(await capacityOnline(saturday)).toBe(1);
  });

  it('fixes it: the violation is gone and the citizen sees the places of the people rostered', async () => {
    await page.locator(`input[name="w:approval-2"][value="${holder('approval-2')}"]`).check();
    await page.locator(`input[name="w:approval-1"][value="${TENANT}-approval-1-b"]`).check();
    await page.getByRole('button', { name: '保存排班' }).click();
    await page.getByText('已保存（第 2 版）').waitFor();
    expect(await page.locator('li[data-rule]').count()).toBe(0);
    expect(await page.getByText('没有违反排班规则').count()).toBe(1);
    await screenshot(page, 'rota-03-fixed');
    expect(await capacityOnline(saturday)).toBe(3);

    const citizen = await context.newPage();
    await citizen.goto(
      `${product.url}/t/${TENANT}/book?${new URLSearchParams({ matterId: 'enterprise-registration', hallId: HALL, date: saturday })}`,
    );
    await screenshot(citizen, 'rota-04-citizen-saturday');
    expect(await citizen.locator('input[name="start"]:not([disabled])').count()).toBeGreaterThan(0);
  });
});
