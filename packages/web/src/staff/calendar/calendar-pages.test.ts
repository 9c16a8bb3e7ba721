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

describe.each(['zaozhuang-gxq', 'zibo', 'chengde-gxq', 'boai'])('calendar overrides of %s', (tenantId) => {
  const url = `${ORIGIN}/t/${tenantId}/staff/admin/calendar`;
  const post = (app: ReturnType<typeof pagesTestApp>['app'], cookie: string, form: Record<string, string>) =>
    app.request(url, {
      method: 'POST',
      body: new URLSearchParams(form),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, cookie },
    });

  it("warns that next year's make-up days are not published yet", async () => {
    const { app } = pagesTestApp(NOW);
    const cookie = await signIn(app, tenantId, `${tenantId}-district-admin`);
    const html = await (await app.request(url, { headers: { cookie } })).text();
    expect(html).toContain('2027 年的调休安排国务院尚未公布');
    expect(html).not.toContain('2026 年的调休安排国务院尚未公布');
  });

  it('closes a day with a reason, and lists it', async () => {
    const { app, configStore } = pagesTestApp(NOW);
    const cookie = await signIn(app, tenantId, `${tenantId}-district-admin`);
    const res = await post(app, cookie, {
      version: '1',
      date: '2026-12-15',
      closed: 'true',
      reason: '设备检修',
    });
    expect(res.status).toBe(303);
    const stored = await configStore.getConfig(tenantId);
    expect(stored?.config.calendarOverrides).toEqual([
      { date: '2026-12-15', hours: { sessions: [], mode: 'walk-in', noGapLunch: false }, reason: '设备检修' },
    ]);
    const html = await (
      await app.request(`${ORIGIN}${res.headers.get('location')}`, { headers: { cookie } })
    ).text();
    expect(html).toContain('data-date="2026-12-15"');
  });

  it('shows every field error of the schema at its field', async () => {
    const { app } = pagesTestApp(NOW);
    const cookie = await signIn(app, tenantId, `${tenantId}-district-admin`);
    const res = await post(app, cookie, {
      version: '1',
      date: '2026-12-15',
      from1: '12:00',
      to1: '09:00',
      reason: '',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('id="to1-error"');
    expect(html).toContain('id="reason-error"');
  });
});
