import { seedConfig } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import { pagesTestApp } from '../../testing/pages-test-app.js';

// Chengde, planned on Tuesday 1 December 2026 for Saturday the 5th (a rest day).
const NOW = new Date('2026-12-01T09:00:00+08:00');
const ORIGIN = 'http://localhost';
const tenantId = 'chengde-gxq';
const hallId = 'chengde-gxq-center';
const SATURDAY = '2026-12-05';
const config = seedConfig(tenantId);
const dayUrl = `${ORIGIN}/t/${tenantId}/staff/admin/rota/${SATURDAY}?hallId=${hallId}`;

async function signIn(app: ReturnType<typeof pagesTestApp>['app'], staffId: string): Promise<string> {
  const res = await app.request(`${ORIGIN}/t/${tenantId}/staff/sign-in`, {
    method: 'POST',
    body: new URLSearchParams({ staffId }),
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
  });
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

/** Every window's A holder (the desk member at the consultation desk) and the section manager. */
function fullForm(skip: string[] = []): URLSearchParams {
  const form = new URLSearchParams();
  for (const w of config.windows) {
    if (skip.includes(w.id)) continue;
    form.append(`w:${w.id}`, w.id === 'consultation-desk' ? `${tenantId}-desk` : `${tenantId}-${w.id}-a`);
  }
  form.append('section', `${tenantId}-section-manager`);
  return form;
}

function post(app: ReturnType<typeof pagesTestApp>['app'], cookie: string, form: URLSearchParams) {
  return app.request(dayUrl, {
    method: 'POST',
    body: form,
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, cookie },
  });
}

describe('the rota pages of the admin console (Chengde)', () => {
  it('highlights the unplanned rest days of the month first', async () => {
    const { app } = pagesTestApp(NOW);
    const cookie = await signIn(app, `${tenantId}-district-admin`);
    const res = await app.request(`${ORIGIN}/t/${tenantId}/staff/admin/rota?hallId=${hallId}&month=2026-12`, {
      headers: { cookie },
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`<tr class="has-issues" data-date="${SATURDAY}">`);
    expect(html.indexOf('有排班问题的日期')).toBeLessThan(html.indexOf('<table>'));
  });

  it('shows the 2-windows-per-category violation after a save, clears it once fixed, and the citizen sees the rostered places', async () => {
    const { app, service } = pagesTestApp(NOW);
    const cookie = await signIn(app, `${tenantId}-district-admin`);
    const saved = await post(app, cookie, fullForm(['approval-2']));
    expect(saved.status).toBe(303);
    const broken = await (
      await app.request(`${ORIGIN}${saved.headers.get('location')}`, { headers: { cookie } })
    ).text();
    expect(broken).toContain('data-rule="minimum_not_met" data-window="approval-2"');
    expect(broken).toContain('已保存（第 1 版）');

    const fix = fullForm();
    fix.append('w:approval-1', `${tenantId}-approval-1-b`);
    fix.set('version', '1');
    const fixedRes = await post(app, cookie, fix);
    expect(fixedRes.status).toBe(303);
    const fixed = await (
      await app.request(`${ORIGIN}${fixedRes.headers.get('location')}`, { headers: { cookie } })
    ).text();
    expect(fixed).toContain('没有违反排班规则');
    const day = await service.availability(
      tenantId,
      { matterId: 'enterprise-registration', hallId, date: SATURDAY },
      'online',
    );
    expect(day.slots[0]?.capacity).toBe(3);
  });

  it('shows who changed the day in between when an edit is stale, and saves nothing', async () => {
    const { app } = pagesTestApp(NOW);
    const admin = await signIn(app, `${tenantId}-district-admin`);
    const manager = await signIn(app, `${tenantId}-section-manager`);
    expect((await post(app, admin, fullForm())).status).toBe(303);
    const mine = fullForm(['tax']);
    mine.set('version', '1');
    expect((await post(app, manager, mine)).status).toBe(303);
    const late = fullForm(['housing']);
    late.set('version', '1');
    const res = await post(app, admin, late);
    expect(res.status).toBe(409);
    const html = await res.text();
    const managerName = config.staff.find((s) => s.id === `${tenantId}-section-manager`)!.name;
    const taxA = config.staff.find((s) => s.id === `${tenantId}-tax-a`)!.name;
    expect(html).toContain(`${managerName} 修改了：${taxA}`);
    expect(html).toContain('name="version" value="2"');
  });

  it('refuses the rota pages to window staff', async () => {
    const { app } = pagesTestApp(NOW);
    const cookie = await signIn(app, `${tenantId}-window`);
    expect((await app.request(dayUrl, { headers: { cookie } })).status).toBe(403);
    expect((await post(app, cookie, fullForm())).status).toBe(403);
  });
});

describe('drafting the month from the pattern (Chengde)', () => {
  it('plans the unplanned days and the grid shows them planned', async () => {
    const { app } = pagesTestApp(NOW);
    const cookie = await signIn(app, `${tenantId}-section-manager`);
    const url = `${ORIGIN}/t/${tenantId}/staff/admin/rota?hallId=${hallId}&month=2026-12`;
    const res = await app.request(url, {
      method: 'POST',
      headers: { origin: ORIGIN, cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(res.status).toBe(303);
    const html = await (await app.request(url, { headers: { cookie } })).text();
    expect(html).toContain('已排班（第 1 版）');
    expect(html).not.toContain('未排班');
  });
});
