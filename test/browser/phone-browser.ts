import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type LocalProduct, startLocalProduct } from '@openhall/local';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';

/** Where screenshots go, relative to the repository root (vitest's working directory). */
export const SCREENSHOT_DIR = resolve('test-results/screenshots');

/**
 * Headless Chromium as a phone: 390x844 at 2x, Chinese locale. `chromium.launch` gives every run
 * a fresh temporary profile of its own (it refuses a `--user-data-dir`), deleted on close.
 */
export async function launchPhoneBrowser(): Promise<{ browser: Browser; context: BrowserContext }> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: install it with "apt-get install -y chromium"`);
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  return { browser, context };
}

/** A full-page screenshot named after the step. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: resolve(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** The real local product on a fresh table, and Chromium at a counter PC's size (1366x768). */
export interface CounterPcSession {
  product: LocalProduct;
  /** The browser context, for a second tab (a citizen, a stale edit) beside the staff page. */
  context: BrowserContext;
  page: Page;
  stop(): Promise<void>;
}

export async function startProductAtCounterPc(): Promise<CounterPcSession> {
  const keysDir = await mkdtemp(join(tmpdir(), 'openhall-browser-'));
  const product = await startLocalProduct({
    port: 0,
    tableName: `browser-${randomUUID()}`,
    keysFile: join(keysDir, 'dev-keys.json'),
    phoneVerification: 'off',
  });
  const { browser } = await launchPhoneBrowser();
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  return {
    product,
    context,
    page,
    async stop() {
      await browser.close();
      await product.stop();
      await rm(keysDir, { recursive: true, force: true });
    },
  };
}
