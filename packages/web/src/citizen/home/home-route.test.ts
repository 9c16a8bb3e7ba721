import { seedConfigs } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import { expectAccessiblePage } from '../../testing/expect-accessible-page.js';
import { getPage, visibleText } from '../../testing/page-requests.js';
import { pagesTestApp } from '../../testing/pages-test-app.js';

const MONDAY = new Date('2026-11-23T08:00:00+08:00');

async function home(now: Date, path: string, cookie?: string) {
  const { app } = pagesTestApp(now);
  const response = await getPage(app, path, cookie);
  return { response, html: await response.text() };
}

describe('GET /t/{tenantId}', () => {
  it.each(seedConfigs.map((c) => [c.tenant.id, c] as const))(
    'brands %s and lists its phones',
    async (id, config) => {
      const { response, html } = await home(MONDAY, `/t/${id}`);

      expect(response.status).toBe(200);
      expectAccessiblePage(html);
      expect(html).toContain(`<h1>${config.tenant.branding.title.zh}</h1>`);
      expect(html).toContain(`--primary:${config.tenant.branding.primaryColor.toLowerCase()}`);
      expect(html).toContain(`href="tel:${config.tenant.phones.service}"`);
      expect(html).toContain(`href="tel:${config.tenant.phones.complaints}"`);
      for (const hall of config.halls) expect(html).toContain(hall.address.zh);
    },
  );

  it('shows each hall’s hours today and in the six days after it', async () => {
    const { html } = await home(new Date('2026-11-28T10:00:00+08:00'), '/t/zibo');

    const text = visibleText(html);
    expect(text).toContain('今天 11月28日 周六 · 休息日');
    expect(text).toContain('09:00–12:00 、 13:00–17:00');
    expect(html).toContain('<tr aria-current="date"><th scope="row">11月28日 周六（今天）');
    expect(text).not.toContain('11月27日');
    expect(text).toContain('11月29日 周日');
    expect(text).toContain('12月4日 周五');
    expect(text).not.toContain('12月5日');
  });

  it.each([
    [
      'a statutory holiday, by name, appointment only',
      'zibo',
      '2026-10-01T09:00:00+08:00',
      ['法定节假日 · 国庆节', '仅限预约'],
    ],
    ['a 调休 working Sunday', 'zibo', '2026-09-20T09:00:00+08:00', ['今天 9月20日 周日 · 调休补班']],
    [
      'extended service after closing',
      'zaozhuang-gxq',
      '2026-11-23T09:00:00+08:00',
      ['延时服务：下班时仍在办理或等候的，办完为止'],
    ],
    ['除夕 in a lunar special period', 'zaozhuang-gxq', '2026-02-16T09:00:00+08:00', ['仅限预约', '除夕']],
    [
      'a year whose schedule is not published',
      'zibo',
      '2031-03-04T09:00:00+08:00',
      ['临时安排，以国务院公布为准'],
    ],
  ])('explains %s in words', async (_, tenantId, now, phrases) => {
    const { html } = await home(new Date(now), `/t/${tenantId}`);
    const text = visibleText(html);
    for (const phrase of phrases) expect(text).toContain(phrase);
  });

  it('finds matters by a query and links to them', async () => {
    const { html } = await home(MONDAY, '/t/zaozhuang-gxq?q=%E5%8F%91%E7%A5%A8');

    const text = visibleText(html);
    expect(text).toContain('“发票”找到 1 个事项');
    expect(html).toMatch(/<a href="\/t\/zaozhuang-gxq\/matters\/[a-z-]+">发票发售、代开<\/a>/);
    expect(text).not.toContain('不动产证书打印');
  });

  it('puts the matter search before the halls, and finds 社会保障卡申领 by 社保', async () => {
    const { html } = await home(MONDAY, `/t/chengde-gxq?q=${encodeURIComponent('社保')}`);

    expect(html.indexOf('<h2 id="matters">')).toBeGreaterThan(-1);
    expect(html.indexOf('<h2 id="matters">')).toBeLessThan(html.indexOf('<h2 id="halls">'));
    expect(visibleText(html)).toContain('“社保”找到 1 个事项');
    expect(html).toMatch(/<a href="\/t\/chengde-gxq\/matters\/[a-z-]+">社会保障卡申领<\/a>/);
  });

  it('names the windows of the matters by their English names in English', async () => {
    const { html } = await home(MONDAY, '/t/chengde-gxq?q=sbk&lang=en');
    const text = visibleText(html);
    expect(text).toContain('Social security card application');
    expect(text).toContain('Bureau · Human resources and social security');
    expect(text).not.toContain('人社');
  });

  it('says so when nothing matches', async () => {
    const { html } = await home(MONDAY, '/t/zibo?q=xyz');
    expect(visibleText(html)).toContain('没有找到“xyz”相关的事项');
  });

  it('is cached briefly and publicly, varying by the preference cookies', async () => {
    const { response } = await home(MONDAY, '/t/zibo');
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    expect(response.headers.get('vary')).toBe('Cookie');
  });
});

describe('language', () => {
  it('is Chinese first, with a visible link to English that keeps the query', async () => {
    const { html } = await home(MONDAY, '/t/zibo?q=%E4%BC%81%E4%B8%9A');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain(
      '<a href="/t/zibo?q=%E4%BC%81%E4%B8%9A&amp;lang=en" lang="en" hreflang="en">English</a>',
    );
  });

  it('switches with ?lang=en, remembers it in a cookie, and is then not cached publicly', async () => {
    const { response, html } = await home(MONDAY, '/t/zibo?lang=en');

    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>Zibo Government Service Centre</h1>');
    expect(visibleText(html)).toContain('Today, Mon 23 Nov · Working day');
    expect(html).toContain('<a href="/t/zibo?lang=zh" lang="zh-CN" hreflang="zh-CN">中文</a>');
    expect(response.headers.get('set-cookie')).toMatch(
      /^lang=en; Max-Age=31536000; Path=\/; HttpOnly; SameSite=Lax$/,
    );
    expect(response.headers.get('cache-control')).toBe('private, no-cache');
  });

  it('keeps the remembered language', async () => {
    const { html } = await home(MONDAY, '/t/zibo', 'lang=en');
    expect(html).toContain('<html lang="en">');
  });

  it('names holidays in English', async () => {
    const { html } = await home(new Date('2026-10-01T09:00:00+08:00'), '/t/zibo?lang=en');
    expect(visibleText(html)).toContain('Public holiday · National Day');
  });
});

describe('a page that does not exist', () => {
  it.each(['/t/nowhere', '/t/nowhere/matters/x', '/t/Not_A_Slug', '/t/nowhere/my-booking'])(
    '%s (no such tenant) is a 404 page in HTML, in both languages',
    async (path) => {
      const { response, html } = await home(MONDAY, path);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(html).toContain('没有找到这个服务大厅');
      expect(html).toContain('<p lang="en">We could not find this service hall: check the address.</p>');
    },
  );

  it.each([
    ['/t/zibo/matters/no-such-matter', '没有找到这个事项'],
    ['/t/zibo/no/such/page', '没有找到这个页面'],
  ])('%s is a 404 page of the tenant', async (path, text) => {
    const { response, html } = await home(MONDAY, path);
    expect(response.status).toBe(404);
    expectAccessiblePage(html);
    expect(html).toContain('淄博市政务服务中心 · 预约+无休');
    expect(visibleText(html)).toContain(text);
  });
});
