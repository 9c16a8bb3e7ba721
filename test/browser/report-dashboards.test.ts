import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, type DomainEvent, shanghaiDateOf } from '@openhall/domain';
import { type LocalProduct, startLocalProduct } from '@openhall/local';
import { countEvent } from '@openhall/services';
import { createDocumentClient, DynamoReportStore } from '@openhall/store';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPhoneBrowser, screenshot } from './phone-browser.js';

/*
 * The local product with a month of events counted for Zaozhuang and Zibo: the district admin opens
 * the district dashboard and downloads its CSV; Shandong's provincial office signs in to its own
 * page, sees both districts side by side and downloads theirs. Each CSV starts with the BOM, parses,
 * and its totals equal the page's.
 */

const tableName = `browser-reports-${randomUUID()}`;
let keysDir: string;
let product: LocalProduct;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const today = shanghaiDateOf(new Date());

let seq = 0;
function event(tenantId: string, type: string, date: string, data: Record<string, unknown>): DomainEvent {
  return {
    eventId: `evt-browser-${String(++seq).padStart(6, '0')}`,
    type,
    version: 1,
    tenantId,
    occurredAt: `${date}T${String(9 + (seq % 8)).padStart(2, '0')}:15:00+08:00`,
    actor: 'system',
    subject: { kind: 'service-record', id: `r-${seq}` },
    data,
  };
}

beforeAll(async () => {
  keysDir = await mkdtemp(join(tmpdir(), 'openhall-reports-'));
  product = await startLocalProduct({ port: 0, tableName, keysFile: join(keysDir, 'dev-keys.json') });
  const client = createDocumentClient({ endpoint: product.dynamoEndpoint });
  const reportStore = new DynamoReportStore(client, tableName);
  const channels = ['online', 'online', 'desk', 'phone'];
  for (const tenantId of ['zaozhuang-gxq', 'zibo']) {
    for (let i = 0; i < 30; i++) {
      const date = addDays(today, -i);
      for (let k = 0; k < 1 + ((i * 7) % 4); k++) {
        const windowId = ['b01', 'b02', 'b03'][k % 3];
        const deps = { reportStore };
        await countEvent(
          deps,
          event(tenantId, 'booking.created', date, { windowId, channel: channels[k % 4] }),
        );
        await countEvent(
          deps,
          event(tenantId, 'service-record.accepted', date, { windowId, acceptedWithinLimit: k !== 2 }),
        );
        await countEvent(
          deps,
          event(tenantId, 'service-record.completed', date, {
            windowId,
            outcome: 'completed',
            completedWithinLimit: true,
            flags: { lunch: k === 1, extended: k === 2, minutesPastClosing: 20, restDay: i % 7 === 0 },
          }),
        );
        await countEvent(
          deps,
          event(tenantId, 'ticket.called', date, { windowId, waitMinutes: 3 + ((i + k) % 25) }),
        );
        await countEvent(
          deps,
          event(tenantId, 'rating.given', date, { windowId, level: 5 - (k % 3), defaulted: false }),
        );
      }
    }
  }
  client.destroy();
  ({ browser } = await launchPhoneBrowser());
  context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  });
  page = await context.newPage();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await product?.stop();
  if (keysDir) await rm(keysDir, { recursive: true, force: true });
}, 60_000);

/** A downloaded CSV: its bytes start with the BOM; its rows as cells. */
async function downloaded(selector: string): Promise<string[][]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  const bytes = await readFile((await download.path()) as string);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return bytes
    .subarray(3)
    .toString('utf8')
    .trim()
    .split('\r\n')
    .map((line) => line.split(','));
}

describe('report dashboards', () => {
  it('the district admin reads the district dashboard and downloads its CSV, totals equal', async () => {
    await page.goto(`${product.url}/t/zaozhuang-gxq/staff/sign-in`);
    await page.locator('button[data-staff-id="zaozhuang-gxq-district-admin"]').click();
    await page.getByRole('link', { name: /数据报表/ }).click();
    await page.getByRole('heading', { level: 1, name: /数据报表/ }).waitFor();
    expect(await page.locator('svg[role="img"]').count()).toBeGreaterThanOrEqual(5);
    const shown = await page.locator('tr[data-measure="accepted"] td').first().textContent();
    expect(Number(shown)).toBeGreaterThan(0);
    await screenshot(page, 'reports-01-district');

    const rows = await downloaded('a[data-export="summary"]');
    expect(rows[0]?.[0]).toBe('指标');
    expect(rows.find((r) => r[0] === '受理件数')?.[1]).toBe(shown);
    const bookings = await page.locator('tr[data-measure="bookings"] td').first().textContent();
    expect(rows.find((r) => r[0] === '预约总数')?.[1]).toBe(bookings);
  });

  it("Shandong's provincial office sees its districts side by side and downloads them", async () => {
    await page.goto(`${product.url}/p/shandong/reports`);
    await page.locator('button[data-sub="shandong-provincial-office"]').click();
    await page.getByRole('heading', { level: 1, name: '全省区县对比' }).waitFor();
    const header = await page.locator('table[data-table="districts"] thead th').allTextContents();
    expect(header).toEqual(
      ['指标', '枣庄高新区', '淄博市', '全省合计'].map((h) => expect.stringContaining(h.slice(0, 2))),
    );
    const acceptedRow = await page
      .locator('table[data-table="districts"] tbody tr', { hasText: '受理件数' })
      .locator('td')
      .allTextContents();
    expect(Number(acceptedRow[2])).toBe(Number(acceptedRow[0]) + Number(acceptedRow[1]));
    await screenshot(page, 'reports-02-province');

    const rows = await downloaded('a[data-export="province"]');
    expect(rows.find((r) => r[0] === '受理件数')?.slice(1)).toEqual(acceptedRow);
    // Another province's page does not open with Shandong's sign-in.
    const hebei = await page.goto(`${product.url}/p/hebei/reports`);
    expect(hebei?.url()).toContain('/p/hebei/sign-in');
  });
});
