import { seedConfig } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import { pagesTestApp } from '../../testing/pages-test-app.js';

const NOW = new Date('2026-12-01T09:00:00+08:00');
const ORIGIN = 'http://localhost';

async function signIn(app: ReturnType<typeof pagesTestApp>['app'], tenantId: string, staffId: string) {
  const res = await app.request(`${ORIGIN}/t/${tenantId}/staff/sign-in`, {
    method: 'POST',
    body: new URLSearchParams({ staffId }),
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
  });
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

describe.each(['zaozhuang-gxq', 'zibo', 'chengde-gxq', 'boai'])(
  'hall configuration pages of %s',
  (tenantId) => {
    const config = seedConfig(tenantId);
    const window = config.windows[0]!;
    const url = `${ORIGIN}/t/${tenantId}/staff/admin/config/windows/${window.id}`;
    const post = (
      app: ReturnType<typeof pagesTestApp>['app'],
      cookie: string,
      form: Record<string, string>,
    ) =>
      app.request(url, {
        method: 'POST',
        body: new URLSearchParams(form),
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, cookie },
      });

    it('lists every section and saves an item through the configuration', async () => {
      const { app, configStore } = pagesTestApp(NOW);
      const cookie = await signIn(app, tenantId, `${tenantId}-district-admin`);
      const index = await (
        await app.request(`${ORIGIN}/t/${tenantId}/staff/admin/config`, { headers: { cookie } })
      ).text();
      for (const m of config.matters) expect(index).toContain(`/config/matters/${m.id}`);
      const res = await post(app, cookie, {
        version: '1',
        json: JSON.stringify({ ...window, code: '新窗口号' }),
      });
      expect(res.status).toBe(303);
      const stored = await configStore.getConfig(tenantId);
      expect(stored?.config.windows[0]?.code).toBe('新窗口号');
    });

    it('shows every schema error with its path, and a JSON syntax error', async () => {
      const { app } = pagesTestApp(NOW);
      const cookie = await signIn(app, tenantId, `${tenantId}-district-admin`);
      const bad = await post(app, cookie, {
        version: '1',
        json: JSON.stringify({ ...window, staffCount: 0, code: '' }),
      });
      expect(bad.status).toBe(400);
      const html = await bad.text();
      expect(html).toContain('data-path="/windows/0/staffCount"');
      expect(html).toContain('data-path="/windows/0/code"');
      expect((await post(app, cookie, { version: '1', json: '{' })).status).toBe(400);
    });

    it('shows who changed what in between on a stale edit', async () => {
      const { app } = pagesTestApp(NOW);
      const cookie = await signIn(app, tenantId, `${tenantId}-district-admin`);
      expect(
        (await post(app, cookie, { version: '1', json: JSON.stringify({ ...window, code: 'A' }) })).status,
      ).toBe(303);
      const stale = await post(app, cookie, { version: '1', json: JSON.stringify({ ...window, code: 'B' }) });
      expect(stale.status).toBe(409);
      expect(await stale.text()).toContain(`PUT windows/${window.id}`);
    });
  },
);
