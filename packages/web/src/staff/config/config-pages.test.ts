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
  'the staffing rules page of %s',
  (tenantId) => {
    const config = seedConfig(tenantId);
    const rules = config.staffingRules!;
    const url = `${ORIGIN}/t/${tenantId}/staff/admin/config/staffingRules`;
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

    it('is linked from the configuration and saves the rules through the configuration', async () => {
      const { app, configStore } = pagesTestApp(NOW);
      const cookie = await signIn(app, tenantId, `${tenantId}-district-admin`);
      const index = await (
        await app.request(`${ORIGIN}/t/${tenantId}/staff/admin/config`, { headers: { cookie } })
      ).text();
      expect(index).toContain('/config/staffingRules');
      const res = await post(app, cookie, {
        version: '1',
        json: JSON.stringify({ ...rules, doorToDoorPeople: 3 }),
      });
      expect(res.status).toBe(303);
      expect((await configStore.getConfig(tenantId))?.config.staffingRules?.doorToDoorPeople).toBe(3);
    });

    it('shows every schema error with its path, and a JSON syntax error', async () => {
      const { app } = pagesTestApp(NOW);
      const cookie = await signIn(app, tenantId, `${tenantId}-district-admin`);
      const bad = await post(app, cookie, {
        version: '1',
        json: JSON.stringify({ ...rules, doorToDoorPeople: 0, everyOpenWindowHourStaffed: 'yes' }),
      });
      expect(bad.status).toBe(400);
      const html = await bad.text();
      expect(html).toContain('data-path="/staffingRules/doorToDoorPeople"');
      expect(html).toContain('data-path="/staffingRules/everyOpenWindowHourStaffed"');
      expect((await post(app, cookie, { version: '1', json: '{' })).status).toBe(400);
    });

    it('shows who changed what in between on a stale edit', async () => {
      const { app } = pagesTestApp(NOW);
      const cookie = await signIn(app, tenantId, `${tenantId}-district-admin`);
      const first = await post(app, cookie, {
        version: '1',
        json: JSON.stringify({ ...rules, doorToDoorPeople: 3 }),
      });
      expect(first.status).toBe(303);
      const stale = await post(app, cookie, {
        version: '1',
        json: JSON.stringify({ ...rules, doorToDoorPeople: 4 }),
      });
      expect(stale.status).toBe(409);
      expect(await stale.text()).toContain('PATCH config');
    });
  },
);
