import type { StaffAlertItem } from '@openhall/domain';
import { describe, expect, it } from 'vitest';
import { pagesTestApp } from '../../testing/pages-test-app.js';

const NOW = new Date('2026-03-04T09:00:00+08:00');
const ORIGIN = 'http://localhost';

const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0]!;

async function signedIn(app: ReturnType<typeof pagesTestApp>['app'], staffId: string) {
  const res = await app.request(`${ORIGIN}/t/zibo/staff/sign-in`, {
    method: 'POST',
    body: new URLSearchParams({ staffId }),
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
  });
  expect(res.status).toBe(303);
  const cookie = cookieOf(res);
  return {
    get: (path: string) => app.request(`${ORIGIN}${path}`, { headers: { cookie } }),
    post: (path: string, origin = ORIGIN) =>
      app.request(`${ORIGIN}${path}`, {
        method: 'POST',
        body: new URLSearchParams({}),
        headers: { cookie, origin, 'content-type': 'application/x-www-form-urlencoded' },
      }),
  };
}

const alert = (staffId: string, over: Partial<StaffAlertItem>): StaffAlertItem => ({
  tenantId: 'zibo',
  staffId,
  alertId: 'late-booking.K7QXM4RTD.late.202603030900',
  kind: 'late-booking',
  subjectId: 'K7QXM4RTD',
  stage: 'late',
  dueAt: '2026-03-03T09:00:00+08:00',
  windowId: 'a01',
  raisedAt: '2026-03-03T09:30:00+08:00',
  raisedBy: 'system',
  ...over,
});

describe('我的提醒 (my alerts)', () => {
  it('lists the signed-in member’s own open alerts with links, counts them on the home, and marks one read', async () => {
    // Prepare: two alerts of the section manager, one of a window member.
    const { app, alertStore } = pagesTestApp(NOW);
    const manager = 'zibo-section-manager';
    await alertStore.raise([
      alert(manager, {}),
      alert(manager, {
        alertId: 'complaint.C123.past',
        kind: 'complaint',
        subjectId: 'C123',
        stage: 'past',
        dueAt: '2026-03-03T17:00:00+08:00',
        raisedAt: '2026-03-04T08:30:00+08:00',
        departmentId: 'service-bureau',
      }),
      alert('zibo-desk', { alertId: 'case.S9.near', kind: 'case', subjectId: 'S9', stage: 'near' }),
    ]);
    const me = await signedIn(app, manager);

    // Act and assess: the home's badge, then the list.
    const home = await (await me.get('/t/zibo/staff')).text();
    expect(home).toContain('href="/t/zibo/staff/alerts"');
    expect(home).toContain('我的提醒（2）');
    const page = await me.get('/t/zibo/staff/alerts');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('data-alerts="2"');
    expect(html).toContain('迟到预约 K7QXM4RTD');
    expect(html).toContain('href="/t/zibo/staff/windows/a01/bookings"');
    expect(html).toContain('href="/t/zibo/staff/care/complaints/C123"');
    expect(html).toContain('已逾期');
    expect(html).not.toContain('S9');

    // A cross-site post is refused; the member's own post marks it read, by them, now.
    expect(
      (await me.post('/t/zibo/staff/alerts/complaint.C123.past/read', 'https://evil.example')).status,
    ).toBe(403);
    const read = await me.post('/t/zibo/staff/alerts/complaint.C123.past/read');
    expect(read.status).toBe(303);
    expect(read.headers.get('location')).toBe('/t/zibo/staff/alerts?read=1');
    expect(await alertStore.get('zibo', manager, 'complaint.C123.past')).toMatchObject({
      readBy: manager,
      readAt: '2026-03-04T09:00:00+08:00',
    });
    const after = await (await me.get('/t/zibo/staff/alerts?read=1')).text();
    expect(after).toContain('data-alerts="1"');
    expect(after).not.toContain('C123');
    expect(await (await me.get('/t/zibo/staff')).text()).toContain('我的提醒（1）');
  });

  it('never shows or marks another member’s alert', async () => {
    const { app, alertStore } = pagesTestApp(NOW);
    await alertStore.raise([alert('zibo-section-manager', {})]);
    const desk = await signedIn(app, 'zibo-desk');
    const html = await (await desk.get('/t/zibo/staff/alerts')).text();
    expect(html).toContain('data-alerts="none"');
    expect(html).not.toContain('K7QXM4RTD');
    const res = await desk.post('/t/zibo/staff/alerts/late-booking.K7QXM4RTD.late.202603030900/read');
    expect(res.status).toBe(404);
    expect(
      (await alertStore.get('zibo', 'zibo-section-manager', 'late-booking.K7QXM4RTD.late.202603030900'))
        ?.readAt,
    ).toBeUndefined();
    expect(await (await desk.get('/t/zibo/staff')).text()).toContain('>我的提醒<');
  });

  it('sends a visitor without a session to the sign-in page', async () => {
    const { app } = pagesTestApp(NOW);
    const res = await app.request(`${ORIGIN}/t/zibo/staff/alerts`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain('/t/zibo/staff/sign-in');
  });
});
