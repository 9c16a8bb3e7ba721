import { seedConfig } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import { pagesTestApp } from '../../testing/pages-test-app.js';

// Chengde on Tuesday 1 December 2026; leave asked for Monday the 7th, a working day with a rota.
const NOW = new Date('2026-12-01T09:00:00+08:00');
const ORIGIN = 'http://localhost';
const tenantId = 'chengde-gxq';
const hallId = 'chengde-gxq-center';
const MONDAY = '2026-12-07';
const config = seedConfig(tenantId);
const window = config.windows.find((w) => w.hallId === hallId && w.id !== 'consultation-desk')!;
const holderA = `${tenantId}-${window.id}-a`;
const holderB = `${tenantId}-${window.id}-b`;
const manager = `${tenantId}-section-manager`;
const base = `${ORIGIN}/t/${tenantId}/staff`;

type App = ReturnType<typeof pagesTestApp>['app'];

async function signIn(app: App, staffId: string): Promise<string> {
  const res = await app.request(`${base}/sign-in`, {
    method: 'POST',
    body: new URLSearchParams({ staffId }),
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
  });
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

function post(app: App, cookie: string, url: string, form: Record<string, string>) {
  return app.request(url, {
    method: 'POST',
    body: new URLSearchParams(form),
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, cookie },
  });
}

/** Every window's A holder on Monday's rota (the rota page's own form). */
async function rosterMonday(app: App) {
  const form: Record<string, string> = { section: manager };
  for (const w of config.windows)
    form[`w:${w.id}`] = w.id === 'consultation-desk' ? `${tenantId}-desk` : `${tenantId}-${w.id}-a`;
  const res = await post(
    app,
    await signIn(app, `${tenantId}-district-admin`),
    `${base}/admin/rota/${MONDAY}?hallId=${hallId}`,
    form,
  );
  expect(res.status).toBe(303);
}

const leave = (over: Record<string, string> = {}) => ({
  hallId,
  date: MONDAY,
  from: '09:00',
  to: '11:00',
  reason: '孩子开家长会',
  ...over,
});

async function withBalance(minutes: number) {
  const t = pagesTestApp(NOW);
  await t.rotaStore.addTimeOff(tenantId, [
    {
      staffId: holderA,
      date: '2026-11-28',
      minutes,
      reason: 'restday',
      compensation: 'leave',
      source: 'rota:x',
    },
  ]);
  return t;
}

describe('我的调休 and 调休审批 (Chengde)', () => {
  it('shows every member their balance and ledger, and is linked from the home', async () => {
    const { app } = await withBalance(240);
    const cookie = await signIn(app, holderA);
    const home = await (await app.request(`${base}?menu=1`, { headers: { cookie } })).text();
    expect(home).toContain(`href="/t/${tenantId}/staff/leave"`);
    expect(home).not.toContain('/staff/leave/review');
    const html = await (await app.request(`${base}/leave`, { headers: { cookie } })).text();
    expect(html).toContain('data-balance="240"');
    expect(html).toContain('休息日值班');
    const managerHome = await (
      await app.request(`${base}?menu=1`, { headers: { cookie: await signIn(app, manager) } })
    ).text();
    expect(managerHome).toContain('/staff/leave/review');
  });

  it('puts each field error beside its field, and keeps what was typed', async () => {
    const { app, leaveApplications } = await withBalance(240);
    const cookie = await signIn(app, holderA);
    const res = await post(app, cookie, `${base}/leave`, leave({ from: '11:00', to: '09:00', reason: '' }));
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(/id="to"[^>]*aria-describedby="to-error"/);
    expect(html).toContain('id="to-error"');
    expect(html).toContain('id="reason-error"');
    expect(html).toContain('必填');
    expect(html).toContain('value="11:00"');
    expect(await leaveApplications.ofStaff(tenantId, holderA, 10)).toEqual([]);
  });

  it('says in words when the balance is too low or a window would be left without cover', async () => {
    const { app } = await withBalance(60);
    await rosterMonday(app);
    const cookie = await signIn(app, holderA);
    const short = await post(app, cookie, `${base}/leave`, leave({ coverStaffId: holderB }));
    expect(short.status).toBe(422);
    expect(await short.text()).toContain('调休余额不足');
    const { app: app2 } = await withBalance(600);
    await rosterMonday(app2);
    const noCover = await post(app2, await signIn(app2, holderA), `${base}/leave`, leave());
    expect(noCover.status).toBe(422);
    expect(await noCover.text()).toContain('须请一位能顶岗的同事');
  });

  it('a request waits; the section manager approves it onto the rota and the ledger; nobody decides it twice', async () => {
    const { app, rotaStore } = await withBalance(600);
    await rosterMonday(app);
    const cookie = await signIn(app, holderA);
    const sent = await post(app, cookie, `${base}/leave`, leave({ coverStaffId: holderB }));
    expect(sent.status).toBe(303);
    const mine = await (await app.request(`${base}/leave`, { headers: { cookie } })).text();
    expect(mine).toContain('data-state="requested"');
    expect(mine).toContain('data-balance="600"');
    const id = /data-request="([^"]+)"/.exec(mine)![1]!;

    // The requester cannot open the managers' page.
    expect((await app.request(`${base}/leave/review`, { headers: { cookie } })).status).toBe(403);
    const mcookie = await signIn(app, manager);
    const review = await (await app.request(`${base}/leave/review`, { headers: { cookie: mcookie } })).text();
    expect(review).toContain(`data-request="${id}"`);
    const approve = `${base}/leave/review/${holderA}/${id}/approve`;
    expect((await post(app, mcookie, approve, {})).status).toBe(303);
    const again = await post(app, mcookie, `${base}/leave/review/${holderA}/${id}/refuse`, {
      reason: '晚了',
    });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('这条申请已批准');

    const day = await rotaStore.getRotaDay(tenantId, hallId, MONDAY);
    expect(day?.absences).toContainEqual(
      expect.objectContaining({ staffId: holderA, from: '09:00', to: '11:00' }),
    );
    expect(day?.assignments).toContainEqual(
      expect.objectContaining({ staffId: holderB, windowId: window.id }),
    );
    const after = await (await app.request(`${base}/leave`, { headers: { cookie } })).text();
    expect(after).toContain('data-state="approved"');
    expect(after).toContain('data-balance="480"');
    expect(after).toContain(`data-source="leave-request:${id}"`);
    expect(rotaStore.events.map((e) => e.type)).toContain('leave-request.approved');
  });

  it('the requester withdraws; a refusal needs a reason and stays on the trail', async () => {
    const { app, leaveApplications } = await withBalance(600);
    const cookie = await signIn(app, holderA);
    await post(app, cookie, `${base}/leave`, leave({ from: '09:00', to: '10:00' }));
    await post(app, cookie, `${base}/leave`, leave({ from: '14:00', to: '15:00' }));
    const [second, first] = await leaveApplications.ofStaff(tenantId, holderA, 10);
    const withdrawn = await post(app, cookie, `${base}/leave/requests/${first!.id}/withdraw`, {});
    expect(withdrawn.status).toBe(303);
    // Another member cannot withdraw it: their own list has no such request.
    const other = await post(
      app,
      await signIn(app, holderB),
      `${base}/leave/requests/${second!.id}/withdraw`,
      {},
    );
    expect(other.status).toBe(404);
    const mcookie = await signIn(app, manager);
    const blank = await post(app, mcookie, `${base}/leave/review/${holderA}/${second!.id}/refuse`, {
      reason: ' ',
    });
    expect(blank.status).toBe(409);
    expect(await blank.text()).toContain('不批准须写明理由');
    await post(app, mcookie, `${base}/leave/review/${holderA}/${second!.id}/refuse`, {
      reason: '当天人手不足',
    });
    const [r2, r1] = await leaveApplications.ofStaff(tenantId, holderA, 10);
    expect(r1!.state).toBe('withdrawn');
    expect(r2!.trail.at(-1)).toMatchObject({ state: 'refused', by: manager, reason: '当天人手不足' });
    expect(leaveApplications.events.map((e) => e.type)).toEqual([
      'leave-request.requested',
      'leave-request.requested',
      'leave-request.withdrawn',
      'leave-request.refused',
    ]);
  });
});
