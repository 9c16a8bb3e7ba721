import { seedConfigs } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import { expectAccessiblePage } from '../../testing/expect-accessible-page.js';
import { getPage, visibleText } from '../../testing/page-requests.js';
import { pagesTestApp } from '../../testing/pages-test-app.js';

const zaozhuang = seedConfigs.find((c) => c.tenant.id === 'zaozhuang-gxq')!;
const zibo = seedConfigs.find((c) => c.tenant.id === 'zibo')!;

async function matterPage(now: string, path: string) {
  const { app } = pagesTestApp(new Date(now));
  const response = await getPage(app, path);
  return { response, html: await response.text() };
}

describe('GET /t/{tenantId}/matters/{matterId}', () => {
  const matter = zaozhuang.matters.find((m) => m.windowIds.includes('b02'))!;

  it('says what the matter is, who handles it, at which window and floor', async () => {
    const { response, html } = await matterPage(
      '2026-11-23T08:00:00+08:00',
      `/t/zaozhuang-gxq/matters/${matter.id}`,
    );

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    expectAccessiblePage(html);
    const text = visibleText(html);
    expect(html).toContain(`<h1>${matter.name.zh}</h1>`);
    expect(text).toContain(zaozhuang.departments.find((d) => d.id === matter.departmentId)!.name.zh);
    const window = zaozhuang.windows.find((w) => w.id === 'b02')!;
    expect(text).toContain(`${window.code} · ${window.floor}楼`);
  });

  it('lists every material of the one-time notice, in order', async () => {
    const { html } = await matterPage('2026-11-23T08:00:00+08:00', `/t/zaozhuang-gxq/matters/${matter.id}`);
    const list = /<h2 id="materials">一次告知：请携带以下材料<\/h2><ol>([\s\S]*?)<\/ol>/.exec(html)?.[1];
    expect(list?.match(/<li>(.*?)<\/li>/g)?.map((li) => li.slice(4, -5))).toEqual(
      matter.materials.map((m) => m.zh),
    );
  });

  it('offers today and every day to the horizon, each linking to its slots', async () => {
    const first = zibo.matters[0]!;
    const { html } = await matterPage('2026-11-23T08:00:00+08:00', `/t/zibo/matters/${first.id}`);

    const links = html.match(/<a class="day" href="[^"]+"/g) ?? [];
    expect(links).toHaveLength(zibo.bookingPolicy.horizonDays + 1);
    expect(links[0]).toContain(
      `/t/zibo/book?matterId=${first.id}&amp;hallId=zibo-center&amp;date=2026-11-23`,
    );
    expect(visibleText(html)).toContain('11月28日 周六 休息日');
  });

  it('disables holiday days when Zibo cannot take holiday bookings now, and says why', async () => {
    // 中秋 (25 Sep 2026) is a holiday, so 国庆节 slots cannot be booked from it.
    const { html } = await matterPage('2026-09-25T10:00:00+08:00', `/t/zibo/matters/${zibo.matters[0]!.id}`);

    expect(html).toMatch(
      /<span class="day off" aria-disabled="true"><strong>10月1日 周四<\/strong><span>法定节假日 · 国庆节<\/span><br\/><span>节假日需在节前工作日预约<\/span><\/span>/,
    );
    expect(html).toContain('date=2026-09-28');
  });

  it('no longer offers today after its last slot, and names a closed day closed with the reason', async () => {
    const edited = structuredClone(zibo);
    edited.calendarOverrides.push({
      date: '2026-11-24',
      hours: { sessions: [], mode: 'walk-in', noGapLunch: false },
      reason: '系统升级停办',
    });
    const { app } = pagesTestApp(
      new Date('2026-11-23T17:30:00+08:00'),
      seedConfigs.map((c) => (c === zibo ? edited : c)),
    );
    const html = await (await getPage(app, `/t/zibo/matters/${zibo.matters[0]!.id}`)).text();

    expect(html).not.toContain('date=2026-11-23"');
    expect(html).toMatch(
      /<span class="day off" aria-disabled="true"><strong>11月23日 周一<\/strong><span>工作日<\/span><br\/><span>已无可预约的时段<\/span>/,
    );
    expect(html).toMatch(
      /<span class="day off" aria-disabled="true"><strong>11月24日 周二<\/strong><span>大厅不开放<\/span><br\/><span>系统升级停办<\/span>/,
    );
  });

  it('marks appointment-only days', async () => {
    const { html } = await matterPage('2026-09-24T10:00:00+08:00', `/t/zibo/matters/${zibo.matters[0]!.id}`);
    expect(html).toMatch(
      /date=2026-10-01"><strong>10月1日 周四<\/strong><span>法定节假日 · 国庆节<\/span><br\/><span>仅限预约<\/span>/,
    );
  });
});
