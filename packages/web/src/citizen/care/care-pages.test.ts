import { describe, expect, it } from 'vitest';
import { expectAccessiblePage } from '../../testing/expect-accessible-page.js';
import { getPage, postForm, visibleText } from '../../testing/page-requests.js';
import { pagesTestApp } from '../../testing/pages-test-app.js';

// Friday 13 February 2026, 10:00 in Boai (春节 follows from the 15th).
const NOW = new Date('2026-02-13T10:00:00+08:00');
const ORIGIN = 'http://localhost';

const REQUEST = {
  name: '李长青',
  phone: '13912345678',
  reason: 'elderly',
  reasonText: '八十岁，行动不便',
  address: '博爱县某村 3 号',
};

async function signIn(app: ReturnType<typeof pagesTestApp>['app'], staffId: string): Promise<string> {
  const res = await app.request(`${ORIGIN}/t/boai/staff/sign-in`, {
    method: 'POST',
    body: new URLSearchParams({ staffId }),
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
  });
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

function staffPost(
  app: ReturnType<typeof pagesTestApp>['app'],
  cookie: string,
  path: string,
  form: Record<string, string | string[]>,
) {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(form)) for (const x of [v].flat()) body.append(k, x);
  return app.request(`${ORIGIN}${path}`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, cookie },
  });
}

describe('citizen care pages', () => {
  it.each(['', 'elder=on', 'lang=en; elder=on'])(
    'render every form accessibly (cookies: "%s")',
    async (cookie) => {
      const { app } = pagesTestApp(NOW);
      for (const path of [
        '/t/boai/care/door-to-door',
        '/t/boai/care/complain',
        '/t/boai/care/complaint',
        '/t/boai/care/visit',
        '/t/boai/care/rate',
      ]) {
        const res = await getPage(app, path, cookie || undefined);
        expect(res.status, path).toBe(200);
        const html = await res.text();
        expectAccessiblePage(html);
        if (cookie.includes('elder=on')) expect(html).toContain('html{font-size:22px}');
      }
    },
  );

  it('takes a door-to-door request and answers with the code and the same-day deadline', async () => {
    const { app, careStore } = pagesTestApp(NOW);
    const res = await postForm(app, '/t/boai/care/door-to-door', REQUEST);
    expect(res.status).toBe(200);
    const text = visibleText(await res.text());
    expect(text).toContain('2026-02-13 17:30');
    const event = careStore.events.find((e) => e.type === 'visit.requested')!;
    expect(text).toContain(event.subject.id.match(/.{1,3}/g)!.join('-'));
  });

  it('shows each field in error and keeps what was typed', async () => {
    const { app } = pagesTestApp(NOW);
    const res = await postForm(app, '/t/boai/care/door-to-door', { ...REQUEST, phone: '123', address: '' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('href="#field-phone"');
    expect(html).toContain('href="#field-address"');
    expect(html).toContain('value="李长青"');
  });

  it('files a complaint and follows it by its code; an unknown code is not found', async () => {
    const { app, careStore } = pagesTestApp(NOW);
    const res = await postForm(app, '/t/boai/care/complain', {
      text: '排队太久',
      contactPhone: '13812345678',
    });
    expect(res.status).toBe(200);
    const code = careStore.events.find((e) => e.type === 'complaint.opened')!.subject.id;
    const follow = await getPage(app, `/t/boai/care/complaint?code=${code}`);
    expect(follow.status).toBe(200);
    const text = visibleText(await follow.text());
    expect(text).toContain('已受理');
    expect(text).not.toContain('13812345678');
    expect((await getPage(app, '/t/boai/care/complaint?code=AAAAAAAAA')).status).toBe(404);
  });
});

describe('door-to-door through the staff pages to a rated visit', () => {
  it('accepts with two staff, completes, is rated 不满意 by code, and the follow-up closes', async () => {
    const { app, careStore, care } = pagesTestApp(NOW);
    await postForm(app, '/t/boai/care/door-to-door', REQUEST);
    const code = careStore.events.find((e) => e.type === 'visit.requested')!.subject.id;
    const window = await signIn(app, 'boai-window');

    const overview = await app.request(`${ORIGIN}/t/boai/staff/care`, { headers: { cookie: window } });
    expect(overview.status).toBe(200);
    expect(await overview.text()).toContain(`/t/boai/staff/care/visits/${code}`);

    const page = await (
      await app.request(`${ORIGIN}/t/boai/staff/care/visits/${code}`, { headers: { cookie: window } })
    ).text();
    // A window member sees the phone masked, and no refusal form (that is the section manager's).
    expect(page).toContain('139****5678');
    expect(page).not.toContain('13912345678');
    expect(page).not.toContain('/refuse"');

    const accept = {
      scheduledAt: '2026-02-14T10:00',
      place: '博爱县某村 3 号',
      notice: '带身份证原件',
      departmentId: 'service-bureau',
    };
    const one = await staffPost(app, window, `/t/boai/staff/care/visits/${code}/accept`, {
      ...accept,
      staffIds: 'boai-comprehensive-1-a',
    });
    expect(one.headers.get('location')).toContain('refused=two_staff_required');
    const two = await staffPost(app, window, `/t/boai/staff/care/visits/${code}/accept`, {
      ...accept,
      staffIds: ['boai-comprehensive-1-a', 'boai-comprehensive-1-b'],
    });
    expect(two.headers.get('location')).toContain('saved=1');
    const accepted = await (
      await app.request(`${ORIGIN}/t/boai/staff/care/visits/${code}`, { headers: { cookie: window } })
    ).text();
    expect(accepted).toContain('吴安然');
    expect(accepted).toContain('郑方圆');

    await staffPost(app, window, `/t/boai/staff/care/visits/${code}/complete`, {
      outcome: '当场受理',
      servedMinutes: '60',
    });
    expect((await care.visits.find('boai', code)).status).toBe('completed');

    const rate = await getPage(app, `/t/boai/care/rate/${code}`, 'elder=on');
    expect(rate.status).toBe(200);
    const rateHtml = await rate.text();
    expectAccessiblePage(rateHtml);
    expect(rateHtml).not.toContain('李长青');
    // The reasons are offered as checkboxes: what went well, and what went wrong.
    expect(rateHtml).toContain('name="badTags" value="等候时间长"');
    expect(rateHtml).toContain('name="goodTags" value="服务热情"');
    const rated = await postForm(app, `/t/boai/care/rate/${code}`, {
      level: 'dissatisfied',
      comment: '等太久',
      channel: 'phone',
      badTags: '等候时间长',
      // A tag of the other group, left ticked, is not kept with a 差评.
      goodTags: '服务热情',
    });
    expect(rated.status).toBe(200);
    expect((await postForm(app, `/t/boai/care/rate/${code}`, { level: 'satisfied' })).status).toBe(409);

    const id = `visit-${code}`;
    expect((await care.ratings.find('boai', id)).tags).toEqual(['等候时间长']);
    const followUpPage = await (
      await app.request(`${ORIGIN}/t/boai/staff/care/follow-ups/${id}`, { headers: { cookie: window } })
    ).text();
    expect(followUpPage).toContain('data-tags="等候时间长"');
    for (const [action, form] of [
      ['callback', { note: '已回访' }],
      ['fix', { note: '已整改' }],
      ['close', { result: '已告知', toldVia: 'phone' }],
    ] as const) {
      const res = await staffPost(app, window, `/t/boai/staff/care/follow-ups/${id}/${action}`, form);
      expect(res.headers.get('location'), action).toContain('saved=1');
    }
    expect((await care.followUps.find('boai', id)).status).toBe('closed');
  });

  it('records a request taken by phone at the desk, and a special-handling case with its notes', async () => {
    const { app, careStore, care } = pagesTestApp(NOW);
    const desk = await signIn(app, 'boai-desk');
    for (const path of [
      '/t/boai/staff/care/visits/new',
      '/t/boai/staff/care/cases',
      '/t/boai/staff/care',
      '/t/boai/staff/care/complaints/new',
    ]) {
      const res = await app.request(`${ORIGIN}${path}`, { headers: { cookie: `${desk}; elder=on` } });
      expect(res.status, path).toBe(200);
      const html = await res.text();
      expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
      expect(html).toContain('html{font-size:22px}');
    }
    const made = await staffPost(app, desk, '/t/boai/staff/care/visits/new', {
      channel: 'phone',
      kind: 'door-to-door',
      name: '张秀兰',
      phone: '13712345678',
      reason: 'disabled',
      reasonText: '轮椅出行',
      address: '某街 1 号',
    });
    expect(made.status).toBe(303);
    const requested = careStore.events.find((e) => e.type === 'visit.requested')!;
    expect(requested).toMatchObject({ actor: 'boai-desk', data: { channel: 'phone' } });
    // The desk calls people back: it sees the whole number.
    const page = await (
      await app.request(`${ORIGIN}${made.headers.get('location')}`, { headers: { cookie: desk } })
    ).text();
    expect(page).toContain('13712345678');

    const manager = await signIn(app, 'boai-section-manager');
    const opened = await staffPost(app, manager, '/t/boai/staff/care/cases', {
      kind: 'special-handling',
      title: '重点项目加急',
      owner: 'service-bureau|boai-comprehensive-2-a',
      dueAt: '2026-02-13T16:00',
    });
    expect(opened.headers.get('location')).toContain('saved=1');
    const caseId = careStore.events.find((e) => e.type === 'case.opened')!.subject.id;
    expect(
      (await care.overdueItems('boai', new Date('2026-02-13T16:01:00+08:00'))).map((i) => i.id),
    ).toContain(caseId);
    await staffPost(app, manager, `/t/boai/staff/care/cases/${caseId}/notes`, {
      note: '已办结',
      done: 'yes',
    });
    expect((await care.cases.find('boai', caseId)).status).toBe('done');
  });

  it('refuses a cross-site form post', async () => {
    const { app } = pagesTestApp(NOW);
    const window = await signIn(app, 'boai-window');
    const res = await app.request(`${ORIGIN}/t/boai/staff/care/visits/ANY/accept`, {
      method: 'POST',
      body: new URLSearchParams({ place: 'x' }),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://evil.example',
        cookie: window,
      },
    });
    expect(res.status).toBe(403);
  });
});

describe('帮办代办 on the staff pages', () => {
  it('assigns a member to a key project, records a step, hands it on and closes it', async () => {
    const { app, care } = pagesTestApp(NOW);
    const manager = await signIn(app, 'boai-section-manager');
    const opened = await staffPost(app, manager, '/t/boai/staff/care/cases', {
      kind: 'help',
      title: '新能源产业园全程帮办',
      subject: 'project',
      projectName: '博爱县新能源产业园',
      keyProject: 'yes',
      owner: 'service-bureau|boai-comprehensive-1-a',
      dueAt: '2026-03-31T17:00',
    });
    const location = opened.headers.get('location') ?? '';
    expect(location).toContain('saved=1');
    const id = decodeURIComponent(location.split('/cases/')[1]!.split('?')[0]!);
    const page = await (
      await app.request(`${ORIGIN}/t/boai/staff/care/cases/${id}`, {
        headers: { cookie: `${manager}; elder=on` },
      })
    ).text();
    expect(page).toContain('data-subject="project"');
    expect(visibleText(page)).toContain('县级及以上重点项目');
    expect(page).toContain('html{font-size:22px}');

    const moved = await staffPost(app, manager, `/t/boai/staff/care/cases/${id}/reassignment`, {
      ownerStaffId: 'boai-comprehensive-2-a',
      note: '原帮办员外出',
    });
    expect(moved.headers.get('location')).toContain('saved=1');
    const owner = await signIn(app, 'boai-comprehensive-2-a');
    await staffPost(app, owner, `/t/boai/staff/care/cases/${id}/notes`, { note: '已领证', done: 'yes' });
    const closed = await care.cases.find('boai', id);
    expect(closed).toMatchObject({ status: 'done', ownerStaffId: 'boai-comprehensive-2-a' });
    expect(closed.trail.map((t) => [t.action, t.by])).toEqual([
      ['opened', 'boai-section-manager'],
      ['reassigned', 'boai-section-manager'],
      ['done', 'boai-comprehensive-2-a'],
    ]);
  });
});
