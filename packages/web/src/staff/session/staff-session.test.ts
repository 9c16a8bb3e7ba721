import { seedConfigs } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import { pagesTestApp } from '../../testing/pages-test-app.js';

const NOW = new Date('2026-12-01T09:00:00+08:00');
const ORIGIN = 'http://localhost';

function cookieOf(res: Response): string {
  const set = res.headers.get('set-cookie') ?? '';
  return set.split(';')[0]!;
}

async function signIn(
  app: ReturnType<typeof pagesTestApp>['app'],
  tenantId: string,
  staffId: string,
  next?: string,
) {
  const body = new URLSearchParams({ staffId, ...(next ? { next } : {}) });
  return app.request(`${ORIGIN}/t/${tenantId}/staff/sign-in`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
  });
}

describe('staff sign-in and session', () => {
  const zibo = seedConfigs.find((c) => c.tenant.id === 'zibo')!;

  it('sends a visitor without a session to the sign-in page, keeping where they were going', async () => {
    const { app } = pagesTestApp(NOW);
    const res = await app.request(`${ORIGIN}/t/zibo/staff/ledger?day=2026-12-01`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(
      `/t/zibo/staff/sign-in?next=${encodeURIComponent('/t/zibo/staff/ledger?day=2026-12-01')}`,
    );
  });

  it('lists the tenant’s staff directory on the development sign-in page', async () => {
    const { app } = pagesTestApp(NOW);
    const html = await (await app.request(`${ORIGIN}/t/zibo/staff/sign-in`)).text();
    for (const member of zibo.staff) expect(html).toContain(`data-staff-id="${member.id}"`);
    expect(html).toContain('lang="zh-CN"');
  });

  it('signs a member in with an HttpOnly cookie for this tenant’s staff pages only, and shows who they are', async () => {
    const { app } = pagesTestApp(NOW);
    const res = await signIn(app, 'zibo', 'zibo-desk');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/t/zibo/staff');
    const set = res.headers.get('set-cookie') ?? '';
    expect(set).toContain('HttpOnly');
    expect(set).toContain('SameSite=Lax');
    expect(set).toContain('Path=/t/zibo/staff');
    const home = await app.request(`${ORIGIN}/t/zibo/staff`, { headers: { cookie: cookieOf(res) } });
    expect(home.status).toBe(200);
    const html = await home.text();
    const desk = zibo.staff.find((s) => s.id === 'zibo-desk')!;
    expect(html).toContain(desk.name);
    expect(html).toContain('/t/zibo/staff/desk');
    expect(home.headers.get('cache-control')).toBe('no-store');
  });

  it('goes back to the page asked for, never to another site or tenant', async () => {
    const { app } = pagesTestApp(NOW);
    expect((await signIn(app, 'zibo', 'zibo-desk', '/t/zibo/staff/ledger')).headers.get('location')).toBe(
      '/t/zibo/staff/ledger',
    );
    for (const next of [
      'https://evil.example/',
      '//evil.example/t/zibo/staff',
      '/t/boai/staff',
      '/t/zibo/staffx',
    ]) {
      expect((await signIn(app, 'zibo', 'zibo-desk', next)).headers.get('location')).toBe('/t/zibo/staff');
    }
  });

  it('refuses one tenant’s session on another tenant’s staff pages', async () => {
    const { app } = pagesTestApp(NOW);
    const cookie = cookieOf(await signIn(app, 'zibo', 'zibo-desk'));
    const res = await app.request(`${ORIGIN}/t/boai/staff`, { headers: { cookie } });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain('/t/boai/staff/sign-in');
  });

  it('refuses a member who is not in the directory, a forged token and a retired member', async () => {
    const { app, configStore } = pagesTestApp(NOW);
    expect((await signIn(app, 'zibo', 'nobody-here')).headers.get('location')).toBe(
      '/t/zibo/staff/sign-in?failed',
    );
    const forged = await app.request(`${ORIGIN}/t/zibo/staff`, {
      headers: { cookie: 'oh_staff=eyJhbGciOiJub25lIn0.e30.' },
    });
    expect(forged.status).toBe(303);
    const cookie = cookieOf(await signIn(app, 'zibo', 'zibo-desk'));
    const stored = (await configStore.getConfig('zibo'))!;
    await configStore.saveConfig({
      tenantId: 'zibo',
      config: {
        ...stored.config,
        staff: stored.config.staff.map((s) => (s.id === 'zibo-desk' ? { ...s, retired: true } : s)),
      },
      expectedVersion: stored.version,
      actor: 'zibo-district-admin',
      action: 'PATCH',
      at: '2026-12-01T09:00:00+08:00',
    });
    const res = await app.request(`${ORIGIN}/t/zibo/staff`, { headers: { cookie } });
    expect(res.status).toBe(303);
  });

  it('refuses a cross-site form post', async () => {
    const { app } = pagesTestApp(NOW);
    const res = await app.request(`${ORIGIN}/t/zibo/staff/sign-in`, {
      method: 'POST',
      body: new URLSearchParams({ staffId: 'zibo-desk' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
  });

  it('signs out by clearing the cookie', async () => {
    const { app } = pagesTestApp(NOW);
    const cookie = cookieOf(await signIn(app, 'zibo', 'zibo-desk'));
    const res = await app.request(`${ORIGIN}/t/zibo/staff/sign-out`, {
      method: 'POST',
      headers: { cookie, origin: ORIGIN },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('set-cookie')).toMatch(/oh_staff=;.*Max-Age=0/);
  });
});
