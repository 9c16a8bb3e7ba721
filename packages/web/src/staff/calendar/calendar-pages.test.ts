import { describe, expect, it } from 'vitest';
import { formFields, withField } from '../../testing/form-fields.js';
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
  const post = (
    app: ReturnType<typeof pagesTestApp>['app'],
    cookie: string,
    form: URLSearchParams,
    path = '',
  ) =>
    app.request(`${url}${path}`, {
      method: 'POST',
      body: form,
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, cookie },
    });

  it("warns that next year's make-up days are not published yet", async () => {
    const { app } = pagesTestApp(NOW);
    const cookie = await signIn(app, tenantId, `${tenantId}-district-admin`);
    const html = await (await app.request(url, { headers: { cookie } })).text();
    expect(html).toContain('2027 年的调休安排国务院尚未公布');
    expect(html).not.toContain('2026 年的调休安排国务院尚未公布');
  });

  it('closes a day with a reason, lists it, edits and removes it', async () => {
    const { app, configStore } = pagesTestApp(NOW);
    const cookie = await signIn(app, tenantId, `${tenantId}-district-admin`);
    const page = await (await app.request(`${url}/new`, { headers: { cookie } })).text();
    let form = formFields(page);
    form = withField(form, 'date', '2026-12-15');
    form = withField(form, 'reason', '设备检修');
    const res = await post(app, cookie, form, '/new');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/t/${tenantId}/staff/admin/calendar/2026-12-15?saved=2`);
    const stored = await configStore.getConfig(tenantId);
    expect(stored?.config.calendarOverrides).toEqual([
      { date: '2026-12-15', hours: { sessions: [], mode: 'walk-in', noGapLunch: false }, reason: '设备检修' },
    ]);
    const list = await (await app.request(url, { headers: { cookie } })).text();
    expect(list).toContain('data-date="2026-12-15"');
    // Edited: the kind changes, the hours are left to the calendar.
    const edit = formFields(await (await app.request(`${url}/2026-12-15`, { headers: { cookie } })).text());
    const changed = withField(withField(edit, 'kind:opt', 'restday'), 'changeHours:bool', 'false');
    expect((await post(app, cookie, changed, '/2026-12-15')).status).toBe(303);
    expect((await configStore.getConfig(tenantId))?.config.calendarOverrides).toEqual([
      { date: '2026-12-15', kind: 'restday', reason: '设备检修' },
    ]);
    const removed = await post(app, cookie, new URLSearchParams({ _version: '3' }), '/2026-12-15/delete');
    expect(removed.status).toBe(303);
    expect((await configStore.getConfig(tenantId))?.config.calendarOverrides).toEqual([]);
  });

  it('shows every field error of the schema at its field', async () => {
    const { app } = pagesTestApp(NOW);
    const cookie = await signIn(app, tenantId, `${tenantId}-district-admin`);
    let form = formFields(await (await app.request(`${url}/new`, { headers: { cookie } })).text());
    form = withField(form, 'date', '2026-02-30');
    form.append('hours.sessions.0.from', '12:00');
    form.append('hours.sessions.0.to', '09:00');
    const res = await post(app, cookie, form, '/new');
    expect(res.status).toBe(400);
    const html = await res.text();
    for (const field of ['date', 'hours.sessions.0.to', 'reason'])
      expect(html).toContain(`data-field="${field}"`);
  });

  it('refuses a second override of a date and hall already set, at the date', async () => {
    const { app } = pagesTestApp(NOW);
    const cookie = await signIn(app, tenantId, `${tenantId}-district-admin`);
    const form = withField(
      withField(
        formFields(await (await app.request(`${url}/new`, { headers: { cookie } })).text()),
        'date',
        '2026-12-16',
      ),
      'reason',
      '检修',
    );
    expect((await post(app, cookie, form, '/new')).status).toBe(303);
    const again = await post(app, cookie, withField(form, '_version', '2'), '/new');
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('data-field="date"');
  });
});
