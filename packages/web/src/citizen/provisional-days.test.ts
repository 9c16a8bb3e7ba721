import { NationalScheduleSchema, toShanghaiIso } from '@openhall/domain';
import { seedConfig } from '@openhall/seed';
import { EXAMPLE_SCHEDULE_2027 } from '@openhall/services/testing';
import { describe, expect, it } from 'vitest';
import { getPage, visibleText } from '../testing/page-requests.js';
import { pagesTestApp } from '../testing/pages-test-app.js';

const NOTICE = {
  zh: '临时安排，以国务院公布为准',
  // The apostrophe is escaped in the page: the words before it are enough.
  en: 'Provisional: subject to the State Council',
};
// A Monday in December: this week runs into 2027, whose schedule the bundled calendar lacks.
const NOW = new Date('2026-12-28T09:00:00+08:00');
const matter = seedConfig('zibo').matters.find((m) => m.id === 'enterprise-establishment')!;
const matterPath = `/t/zibo/matters/${matter.id}`;

/** The dates the matter page links to (bookable) and those it shows without a link. */
function dayLinks(html: string): string[] {
  return [...html.matchAll(/<a class="day" href="[^"]*date=(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1]!);
}

async function page(app: ReturnType<typeof pagesTestApp>['app'], path: string) {
  const response = await getPage(app, path);
  expect(response.status).toBe(200);
  return response.text();
}

describe('provisional days on the citizen pages', () => {
  it('are marked in the home page’s week with the plain notice, in Chinese and English', async () => {
    const { app } = pagesTestApp(NOW);
    expect(visibleText(await page(app, '/t/zibo'))).toContain(NOTICE.zh);
    expect(visibleText(await page(app, '/t/zibo?lang=en'))).toContain(NOTICE.en);
  });

  it('are marked on the matter page and, by default, not offered online', async () => {
    const { app } = pagesTestApp(NOW);
    const html = await page(app, matterPath);
    const links = dayLinks(html);
    expect(links).toContain('2026-12-29');
    expect(links.filter((d) => d.startsWith('2027'))).toEqual([]);
    const text = visibleText(html);
    expect(text).toContain(NOTICE.zh);
    expect(text).toContain('暂不接受网上预约');
  });

  it('are offered online, still marked, when the tenant’s policy allows it', async () => {
    const { app, configStore } = pagesTestApp(NOW);
    const stored = (await configStore.getConfig('zibo'))!;
    const config = structuredClone(stored.config);
    config.bookingPolicy.provisionalDaysBookableOnline = true;
    await configStore.saveConfig({
      tenantId: 'zibo',
      config,
      expectedVersion: stored.version,
      actor: 'test',
      action: 'allow provisional days online',
      at: toShanghaiIso(NOW),
    });
    const html = await page(app, matterPath);
    expect(dayLinks(html)).toContain('2027-01-05');
    expect(visibleText(html)).toContain(NOTICE.zh);
    const book = visibleText(
      await page(app, `/t/zibo/book?matterId=${matter.id}&hallId=zibo-center&date=2027-01-05`),
    );
    expect(book).toContain(NOTICE.zh);
    expect(book).toContain('09:00');
  });

  it('the booking page says why a provisional day cannot be booked online', async () => {
    const { app } = pagesTestApp(NOW);
    const book = visibleText(
      await page(app, `/t/zibo/book?matterId=${matter.id}&hallId=zibo-center&date=2027-01-05`),
    );
    expect(book).toContain(NOTICE.zh);
    expect(book).toContain('暂不接受网上预约');
  });

  it('are no longer provisional once the platform publishes the year', async () => {
    const { app, nationalScheduleStore } = pagesTestApp(NOW);
    await nationalScheduleStore.saveSchedule({
      schedule: NationalScheduleSchema.parse({ ...EXAMPLE_SCHEDULE_2027, year: 2027 }),
      expectedVersion: undefined,
      actor: 'platform-operator',
      at: toShanghaiIso(NOW),
    });
    const home = visibleText(await page(app, '/t/zibo'));
    expect(home).not.toContain(NOTICE.zh);
    expect(home).toContain('1月1日 周五 法定节假日 · 元旦');
    const links = dayLinks(await page(app, matterPath));
    expect(links).toContain('2027-01-04');
  });
});
