import { describe, expect, it } from 'vitest';
import { getPage, postForm } from './testing/page-requests.js';
import { pagesTestApp } from './testing/pages-test-app.js';

const NOW = new Date('2026-11-23T08:00:00+08:00');

describe('POST /t/{tenantId}/preferences', () => {
  it.each([
    ['on', '/t/zibo/matters/food-business-licence?hallId=zibo-center', 'elder=on'],
    ['off', '/t/zibo', 'elder=off'],
  ])('turns 长辈模式 %s for a year and goes back', async (elder, back, cookie) => {
    const { app } = pagesTestApp(NOW);
    const response = await postForm(app, '/t/zibo/preferences', { elder, back });

    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(back);
    expect(response.headers.get('set-cookie')).toBe(
      `${cookie}; Max-Age=31536000; Path=/; HttpOnly; SameSite=Lax`,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it.each(['https://example.com/t/zibo', '//example.com', '/t/zibo//example.com', '/t/zibox', '/t/boai', ''])(
    'goes home instead of to %j',
    async (back) => {
      const { app } = pagesTestApp(NOW);
      const response = await postForm(app, '/t/zibo/preferences', { elder: 'on', back });
      expect(response.headers.get('location')).toBe('/t/zibo');
    },
  );

  it('is offered on every page as a form button', async () => {
    const { app } = pagesTestApp(NOW);
    const html = await (await getPage(app, '/t/zibo?q=x')).text();
    expect(html).toContain(
      '<form method="post" action="/t/zibo/preferences"><input type="hidden" name="elder" value="on"/><input type="hidden" name="back" value="/t/zibo?q=x"/><button type="submit">长辈模式</button></form>',
    );
  });
});

describe('长辈模式 pages', () => {
  it('render large type, 48 px targets and the way back to the standard view', async () => {
    const { app } = pagesTestApp(NOW);
    const html = await (await getPage(app, '/t/zibo', 'elder=on')).text();

    expect(html).toContain('html{font-size:22px}');
    expect(html).toContain('body{line-height:1.6}');
    expect(html).toContain('--tap:48px');
    expect(html).toContain('<input type="hidden" name="elder" value="off"/>');
    expect(html).toContain('<button type="submit">标准模式</button>');
  });

  it('are 18 px with 44 px targets otherwise', async () => {
    const { app } = pagesTestApp(NOW);
    const html = await (await getPage(app, '/t/zibo')).text();
    expect(html).toContain('html{font-size:18px;');
    expect(html).toContain('--tap:44px');
    expect(html).not.toContain('html{font-size:22px}');
  });
});
