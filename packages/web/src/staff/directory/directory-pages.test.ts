import { seedConfig } from '@openhall/seed';
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

function post(
  app: ReturnType<typeof pagesTestApp>['app'],
  url: string,
  cookie: string,
  form: URLSearchParams,
) {
  return app.request(`${ORIGIN}${url}`, {
    method: 'POST',
    body: form,
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, cookie },
  });
}

describe.each(['zaozhuang-gxq', 'zibo', 'chengde-gxq', 'boai'])('the staff directory of %s', (tenantId) => {
  const config = seedConfig(tenantId);
  const member = config.staff.find((s) => s.id.endsWith('-b'))!;
  const url = `/t/${tenantId}/staff/admin/staff/${member.id}`;

  it('lists every member and saves an edit through the configuration, as a new version', async () => {
    const { app, configStore } = pagesTestApp(NOW);
    const cookie = await signIn(app, tenantId, `${tenantId}-district-admin`);
    const list = await (
      await app.request(`${ORIGIN}/t/${tenantId}/staff/admin/staff`, { headers: { cookie } })
    ).text();
    for (const s of config.staff) expect(list).toContain(`data-staff-id="${s.id}"`);
    const page = await (await app.request(`${ORIGIN}${url}`, { headers: { cookie } })).text();
    const form = withField(withField(formFields(page), 'name', '新名字'), 'category', 'civil-servant');
    const res = await post(app, url, cookie, form);
    expect(res.status).toBe(303);
    const stored = await configStore.getConfig(tenantId);
    expect(stored?.version).toBe(2);
    expect(stored?.config.staff.find((s) => s.id === member.id)).toMatchObject({
      name: '新名字',
      category: 'civil-servant',
    });
  });

  it('shows every field error of the schema at its field', async () => {
    const { app } = pagesTestApp(NOW);
    const cookie = await signIn(app, tenantId, `${tenantId}-district-admin`);
    const page = await (await app.request(`${ORIGIN}${url}`, { headers: { cookie } })).text();
    const res = await post(
      app,
      url,
      cookie,
      withField(withField(formFields(page), 'name', ''), 'roles:list', ''),
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('data-field="name"');
    expect(html).toContain('data-field="roles"');
  });

  it('shows who changed what in between when the edit is stale', async () => {
    const { app } = pagesTestApp(NOW);
    const cookie = await signIn(app, tenantId, `${tenantId}-district-admin`);
    const page = formFields(await (await app.request(`${ORIGIN}${url}`, { headers: { cookie } })).text());
    const form = (name: string) => withField(page, 'name', name);
    expect((await post(app, url, cookie, form('第一次'))).status).toBe(303);
    const res = await post(app, url, cookie, form('第二次'));
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain(`第 2 版`);
    expect(html).toContain(`PUT staff/${member.id}`);
    expect(formFields(html).get('_version')).toBe('2');
    expect(formFields(html).get('name')).toBe('第二次');
  });

  it('refuses the directory to anyone but the district admin', async () => {
    const { app } = pagesTestApp(NOW);
    const cookie = await signIn(app, tenantId, `${tenantId}-section-manager`);
    expect((await app.request(`${ORIGIN}${url}`, { headers: { cookie } })).status).toBe(403);
  });
});

describe('the audit trail page', () => {
  it('shows who changed the configuration and how, newest first', async () => {
    const tenantId = 'zibo';
    const member = seedConfig(tenantId).staff.find((s) => s.id.endsWith('-b'))!;
    const { app } = pagesTestApp(NOW);
    const cookie = await signIn(app, tenantId, `${tenantId}-district-admin`);
    const url = `/t/${tenantId}/staff/admin/staff/${member.id}`;
    const page = await (await app.request(`${ORIGIN}${url}`, { headers: { cookie } })).text();
    expect((await post(app, url, cookie, withField(formFields(page), 'name', '改名'))).status).toBe(303);
    const html = await (
      await app.request(`${ORIGIN}/t/${tenantId}/staff/admin/audit`, { headers: { cookie } })
    ).text();
    expect(html).toContain('data-version="2"');
    // The in-memory store records the action; the DynamoDB store adds each changed path too.
    expect(html).toContain(`PUT staff/${member.id}`);
    const admin = seedConfig(tenantId).staff.find((s) => s.id === `${tenantId}-district-admin`)!;
    expect(html).toContain(`<td>${admin.name}</td>`);
  });
});
