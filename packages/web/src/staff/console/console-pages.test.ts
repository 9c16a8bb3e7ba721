import { seedConfig } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import { formFields, withField } from '../../testing/form-fields.js';
import { pagesTestApp } from '../../testing/pages-test-app.js';

const NOW = new Date('2026-12-01T09:00:00+08:00');
const ORIGIN = 'http://localhost';
type App = ReturnType<typeof pagesTestApp>['app'];

async function signIn(app: App, tenantId: string, staffId: string) {
  const res = await app.request(`${ORIGIN}/t/${tenantId}/staff/sign-in`, {
    method: 'POST',
    body: new URLSearchParams({ staffId }),
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
  });
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

const get = async (app: App, url: string, cookie: string) => {
  const res = await app.request(`${ORIGIN}${url}`, { headers: { cookie } });
  return { status: res.status, html: await res.text() };
};

const post = (app: App, url: string, cookie: string, form: URLSearchParams) =>
  app.request(`${ORIGIN}${url}`, {
    method: 'POST',
    body: form,
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, cookie },
  });

/** The field errors a page shows: the path of each field with an error beside it. */
const shownErrors = (html: string) =>
  [...html.matchAll(/class="field-error"[^>]*data-field="([^"]*)"/g)].map((m) => m[1]);

describe.each(['zaozhuang-gxq', 'zibo', 'chengde-gxq', 'boai'])('the console forms of %s', (tenantId) => {
  const config = seedConfig(tenantId);
  const hall = config.halls[0]!;
  const window = config.windows[0]!;
  const matter = config.matters[0]!;
  const department = config.departments[0]!;
  const base = `/t/${tenantId}/staff/admin/config`;

  /** Each form, a field changed as the admin would type it, and where the change lands in the stored configuration. */
  const edits: [string, string, string, string, (c: typeof config) => unknown][] = [
    ['hall', `${base}/halls/${hall.id}`, 'name.zh', '新名称大厅', (c) => c.halls[0]!.name.zh],
    ['hall phone', `${base}/halls/${hall.id}`, 'phone:opt', '0533-2512399', (c) => c.halls[0]!.phone],
    [
      'opening policy',
      `${base}/halls/${hall.id}/opening`,
      'openingPolicy.restday.mode',
      'appointment-only',
      (c) => c.halls[0]!.openingPolicy.restday.mode,
    ],
    [
      'opening policy lunch',
      `${base}/halls/${hall.id}/opening`,
      'openingPolicy.workday.noGapLunch:bool',
      String(!hall.openingPolicy.workday.noGapLunch),
      (c) => String(c.halls[0]!.openingPolicy.workday.noGapLunch),
    ],
    [
      'department',
      `${base}/departments/${department.id}`,
      'name.en',
      'New Bureau',
      (c) => c.departments[0]!.name.en,
    ],
    ['window', `${base}/windows/${window.id}`, 'staffCount:num', '3', (c) => c.windows[0]!.staffCount],
    ['window floor', `${base}/windows/${window.id}`, 'floor:num', '7', (c) => c.windows[0]!.floor],
    [
      'matter',
      `${base}/matters/${matter.id}`,
      'acceptanceMinutes:num',
      '25',
      (c) => c.matters[0]!.acceptanceMinutes,
    ],
    [
      'matter keywords',
      `${base}/matters/${matter.id}`,
      'keywords:words',
      '开公司，营业执照',
      (c) => c.matters[0]!.keywords,
    ],
    ['booking policy', `${base}/booking-policy`, 'horizonDays:num', '21', (c) => c.bookingPolicy.horizonDays],
    [
      'staffing rules',
      `${base}/staffing-rules`,
      'doorToDoorPeople:num',
      '3',
      (c) => c.staffingRules?.doorToDoorPeople,
    ],
    [
      'staffing rules compensation',
      `${base}/staffing-rules`,
      'compensation.contract.restday',
      'allowance',
      (c) => c.staffingRules?.compensation.contract.restday,
    ],
    [
      'booking policy per person',
      `${base}/booking-policy`,
      'perPerson.active:num',
      '4',
      (c) => c.bookingPolicy.perPerson.active,
    ],
  ];

  it.each(edits)(
    'saves the %s form as typed and shows it on reload',
    async (_name, url, field, typed, stored) => {
      const { app, configStore } = pagesTestApp(NOW);
      const cookie = await signIn(app, tenantId, `${tenantId}-district-admin`);
      const page = await get(app, url, cookie);
      expect(page.status).toBe(200);
      const res = await post(app, url, cookie, withField(formFields(page.html), field, typed));
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe(`${url}?saved=2`);
      const saved = (await configStore.getConfig(tenantId))!;
      expect(saved.version).toBe(2);
      const value = stored(saved.config);
      expect(Array.isArray(value) ? value.join('，') : String(value)).toBe(typed);
      const reload = await get(app, `${url}?saved=2`, cookie);
      expect(reload.html).toContain('已保存（配置第 2 版）');
      // What was saved is what the form shows again: posting it unchanged gives the same field.
      if (field.endsWith(':bool'))
        expect(formFields(reload.html).getAll(field).includes('true')).toBe(typed === 'true');
      else expect(formFields(reload.html).get(field)).toBe(typed);
      // Nothing else of the item changed: the unchanged form round-trips to the same configuration.
      const again = await post(app, url, cookie, formFields(reload.html));
      expect(again.status).toBe(303);
      expect((await configStore.getConfig(tenantId))!.config).toEqual(saved.config);
    },
  );

  it('adds a matter with two materials, served by a new window, and lists both', async () => {
    const { app, configStore } = pagesTestApp(NOW);
    const cookie = await signIn(app, tenantId, `${tenantId}-district-admin`);
    const windowPage = await get(app, `${base}/windows/new`, cookie);
    let w = formFields(windowPage.html);
    for (const [k, v] of [
      ['id', 'c09'],
      ['code', '三楼 C09'],
      ['name.zh', '新设窗口'],
      ['name.en', 'New window'],
      ['departmentId', department.id],
    ] as const)
      w = withField(w, k, v);
    const savedWindow = await post(app, `${base}/windows/new`, cookie, w);
    expect(savedWindow.status).toBe(303);
    expect(savedWindow.headers.get('location')).toBe(`${base}/windows/c09?saved=2`);

    const matterPage = await get(app, `${base}/matters/new`, cookie);
    expect(matterPage.html).toContain('name="windowIds:list" value="c09"');
    let m = formFields(matterPage.html);
    for (const [k, v] of [
      ['id', 'new-matter'],
      ['name.zh', '新增事项'],
      ['name.en', 'A new matter'],
      ['category', '综合'],
      ['departmentId', department.id],
      ['materials.0.zh', '身份证'],
      ['materials.0.en', 'ID card'],
    ] as const)
      m = withField(m, k, v);
    // The second row as the page's script adds it: numbered past the highest.
    m.append('materials.1.zh', '申请表');
    m.append('materials.1.en', 'Application form');
    m.append('windowIds:list', 'c09');
    const saved = await post(app, `${base}/matters/new`, cookie, m);
    expect(saved.status).toBe(303);
    const stored = (await configStore.getConfig(tenantId))!.config;
    const added = stored.matters.find((x) => x.id === 'new-matter')!;
    expect(added.windowIds).toEqual(['c09']);
    expect(added.materials).toEqual([
      { zh: '身份证', en: 'ID card' },
      { zh: '申请表', en: 'Application form' },
    ]);
    const list = await get(app, `${base}/matters`, cookie);
    expect(list.html).toContain('data-item-id="new-matter"');
    expect(list.html).toContain('三楼 C09');
    const edit = await get(app, `${base}/matters/new-matter`, cookie);
    expect(formFields(edit.html).getAll('materials.1.zh')).toEqual(['申请表']);
  });

  it('removes a material row and keeps the rest in order', async () => {
    const { app, configStore } = pagesTestApp(NOW);
    const cookie = await signIn(app, tenantId, `${tenantId}-district-admin`);
    const url = `${base}/matters/${matter.id}`;
    const form = formFields((await get(app, url, cookie)).html);
    form.append('materials.7.zh', '第二份');
    form.append('materials.7.en', 'Second copy');
    form.append('materials.9.zh', '第三份');
    form.append('materials.9.en', 'Third copy');
    // The script removes the first row of the page: its fields are no longer posted.
    const kept = new URLSearchParams([...form].filter(([k]) => !k.startsWith('materials.0.')));
    expect((await post(app, url, cookie, kept)).status).toBe(303);
    const materials = (await configStore.getConfig(tenantId))!.config.matters[0]!.materials;
    expect(materials).toEqual([
      ...matter.materials.slice(1),
      { zh: '第二份', en: 'Second copy' },
      { zh: '第三份', en: 'Third copy' },
    ]);
  });

  /** One row per kind of field error: the form, the field typed, and where the page shows the error. */
  const invalid: [string, string, [string, string][], string][] = [
    ['an empty required text', `${base}/departments/${department.id}`, [['name.zh', '  ']], 'name.zh'],
    [
      'a number that is no number',
      `${base}/windows/${window.id}`,
      [['staffCount:num', '两个']],
      'staffCount',
    ],
    ['a missing number', `${base}/windows/${window.id}`, [['staffCount:num', '']], 'staffCount'],
    ['a number below its minimum', `${base}/windows/${window.id}`, [['staffCount:num', '0']], 'staffCount'],
    ['a slot not a multiple of 5', `${base}/matters/${matter.id}`, [['slotMinutes:num', '7']], 'slotMinutes'],
    ['a matter with no window', `${base}/matters/${matter.id}`, [['windowIds:list', '']], 'windowIds'],
    ['an empty material', `${base}/matters/${matter.id}`, [['materials.0.en', '']], 'materials.0.en'],
    [
      'a choice not on the list',
      `${base}/matters/${matter.id}`,
      [['availability.holiday', 'sometimes']],
      'availability.holiday',
    ],
    [
      'an id that is no slug',
      `${base}/departments/new`,
      [
        ['id', 'Bad Id'],
        ['name.zh', '新单位'],
        ['name.en', 'New'],
      ],
      'id',
    ],
    ['a phone that is no phone', `${base}/halls/${hall.id}`, [['phone:opt', '12-34']], 'phone'],
    [
      'a time that is no time',
      `${base}/halls/${hall.id}/opening`,
      [['openingPolicy.workday.sessions.0.from', '9点']],
      'openingPolicy.workday.sessions.0.from',
    ],
    [
      'a session that ends before it starts',
      `${base}/halls/${hall.id}/opening`,
      [
        ['openingPolicy.workday.sessions.0.from', '18:00'],
        ['openingPolicy.workday.sessions.0.to', '08:00'],
      ],
      'openingPolicy.workday.sessions.0.to',
    ],
    [
      'a lunar date neither 除夕 nor month and day',
      `${base}/halls/${hall.id}/lunar`,
      [
        ['openingPolicy.specialPeriods.0.id', 'spring'],
        ['openingPolicy.specialPeriods.0.name.zh', '春节'],
        ['openingPolicy.specialPeriods.0.name.en', 'Spring'],
        ['openingPolicy.specialPeriods.0.from.eve:bool', 'false'],
        ['openingPolicy.specialPeriods.0.to.eve:bool', 'true'],
        ['openingPolicy.specialPeriods.0.hours.mode', 'appointment-only'],
      ],
      'openingPolicy.specialPeriods.0.from',
    ],
    [
      'a booking policy number too big',
      `${base}/booking-policy`,
      [['deskPhoneHoldbackPercent:num', '150']],
      'deskPhoneHoldbackPercent',
    ],
    [
      'a department the configuration does not have',
      `${base}/windows/${window.id}`,
      [['departmentId', 'no-such-bureau']],
      'departmentId',
    ],
    [
      'an id already taken',
      `${base}/departments/new`,
      [
        ['id', department.id],
        ['name.zh', '重名'],
        ['name.en', 'Same'],
      ],
      'id',
    ],
  ];

  it.each(invalid)('shows %s next to its field and saves nothing', async (_name, url, typed, field) => {
    const { app, configStore } = pagesTestApp(NOW);
    const cookie = await signIn(app, tenantId, `${tenantId}-district-admin`);
    let form = formFields((await get(app, url, cookie)).html);
    for (const [k, v] of typed) form = withField(form, k, v);
    const res = await post(app, url, cookie, form);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(shownErrors(html)).toContain(field);
    expect(html).toContain(`data-error-key="${field}"`);
    // The page keeps what was typed, so the admin corrects it rather than typing again.
    // (A choice not on its list cannot be shown chosen again.)
    for (const [k, v] of typed)
      if (
        !k.endsWith(':bool') &&
        !k.endsWith(':list') &&
        !html.includes(`<select id="${'f-'}${k.replace(/\./g, '-')}"`)
      )
        expect(formFields(html).get(k)).toBe(v);
    expect((await configStore.getConfig(tenantId))!.version).toBe(1);
  });

  it('refuses an A/B role without a B holder, at its B list', async () => {
    const { app } = pagesTestApp(NOW);
    const cookie = await signIn(app, tenantId, `${tenantId}-district-admin`);
    const url = `${base}/staffing-rules`;
    const form = formFields((await get(app, url, cookie)).html);
    const noB = new URLSearchParams([...form].filter(([k]) => !/^abRoles\.0\.b\.\d+$/.test(k)));
    const res = await post(app, url, cookie, noB);
    expect(res.status).toBe(400);
    expect(shownErrors(await res.text())).toContain('abRoles.0.b');
  });

  it('shows every field error of one save, each beside its field', async () => {
    const { app } = pagesTestApp(NOW);
    const cookie = await signIn(app, tenantId, `${tenantId}-district-admin`);
    const url = `${base}/matters/${matter.id}`;
    let form = formFields((await get(app, url, cookie)).html);
    for (const [k, v] of [
      ['name.zh', ''],
      ['slotMinutes:num', '7'],
      ['acceptanceMinutes:num', '0'],
      ['windowIds:list', ''],
    ] as const)
      form = withField(form, k, v);
    const html = await (await post(app, url, cookie, form)).text();
    expect(new Set(shownErrors(html))).toEqual(
      new Set(['name.zh', 'slotMinutes', 'acceptanceMinutes', 'windowIds']),
    );
    expect(html).toContain('有 4 处需要修改');
  });

  it('refuses a stale edit and shows who changed what in between, keeping what was typed', async () => {
    const { app, configStore } = pagesTestApp(NOW);
    const admin = await signIn(app, tenantId, `${tenantId}-district-admin`);
    const url = `${base}/windows/${window.id}`;
    const mine = formFields((await get(app, url, admin)).html);
    // Meanwhile another page (the same admin elsewhere) changes the window's code.
    const theirs = formFields((await get(app, url, admin)).html);
    expect((await post(app, url, admin, withField(theirs, 'code', '临时 Z99'))).status).toBe(303);
    const res = await post(app, url, admin, withField(mine, 'staffCount:num', '4'));
    expect(res.status).toBe(409);
    const html = await res.text();
    const name = config.staff.find((s) => s.id === `${tenantId}-district-admin`)!.name;
    expect(html).toContain('data-version="2"');
    expect(html).toContain(name);
    expect(html).toContain(`PUT windows/${window.id}`);
    const again = formFields(html);
    expect(again.get('staffCount:num')).toBe('4');
    expect(again.get('_version')).toBe('2');
    expect((await configStore.getConfig(tenantId))!.config.windows[0]!.staffCount).toBe(window.staffCount);
    // Saved again from the page as shown, on the version it now names.
    expect((await post(app, url, admin, again)).status).toBe(303);
  });

  it('deletes a department no window needs, and refuses one a window needs with the reason', async () => {
    const { app, configStore } = pagesTestApp(NOW);
    const cookie = await signIn(app, tenantId, `${tenantId}-district-admin`);
    const used = `${base}/departments/${window.departmentId}`;
    const page = formFields((await get(app, used, cookie)).html);
    const refused = await post(
      app,
      `${used}/delete`,
      cookie,
      new URLSearchParams({ _version: page.get('_version')! }),
    );
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain(`unknown department &quot;${window.departmentId}&quot;`);
    let form = formFields((await get(app, `${base}/departments/new`, cookie)).html);
    for (const [k, v] of [
      ['id', 'spare-bureau'],
      ['name.zh', '备用单位'],
      ['name.en', 'Spare bureau'],
    ] as const)
      form = withField(form, k, v);
    expect((await post(app, `${base}/departments/new`, cookie, form)).status).toBe(303);
    const removed = await post(
      app,
      `${base}/departments/spare-bureau/delete`,
      cookie,
      new URLSearchParams({ _version: '2' }),
    );
    expect(removed.status).toBe(303);
    expect(removed.headers.get('location')).toBe(`${base}/departments?removed=spare-bureau`);
    expect((await configStore.getConfig(tenantId))!.config.departments.map((d) => d.id)).not.toContain(
      'spare-bureau',
    );
  });

  it('lets only the district admin in', async () => {
    const { app } = pagesTestApp(NOW);
    const cookie = await signIn(app, tenantId, `${tenantId}-desk`);
    expect((await get(app, `${base}/matters/${matter.id}`, cookie)).status).toBe(403);
    const form = new URLSearchParams({ _version: '1', 'name.zh': 'x' });
    expect((await post(app, `${base}/departments/${department.id}`, cookie, form)).status).toBe(403);
  });
});

describe('a console form that would strand active bookings', () => {
  it('lists them, and saves once the admin confirms', async () => {
    const { app, service, configStore } = pagesTestApp(NOW);
    const hallId = 'zibo-center';
    const matterId = seedConfig('zibo').matters[0]!.id;
    const { booking } = await service.create(
      'zibo',
      {
        matterId,
        hallId,
        start: '2026-12-02T09:00:00+08:00',
        applicant: { name: '周晓岚', phone: '13912345678', agent: false },
      },
      { idempotencyKey: 'key-00000001', channel: 'desk', clientId: 'desk', actor: 'staff-1' },
    );
    const cookie = await signIn(app, 'zibo', 'zibo-district-admin');
    const url = `/t/zibo/staff/admin/config/halls/${hallId}/opening`;
    const form = withField(
      formFields((await get(app, url, cookie)).html),
      'openingPolicy.workday.sessions.0.from',
      '10:00',
    );
    const refused = await post(app, url, cookie, form);
    expect(refused.status).toBe(409);
    const html = await refused.text();
    expect(html).toContain(`data-booking="${booking.code}"`);
    expect((await configStore.getConfig('zibo'))!.version).toBe(1);
    const confirmed = formFields(html);
    confirmed.set('_confirmStranded', 'true');
    expect(confirmed.get('openingPolicy.workday.sessions.0.from')).toBe('10:00');
    expect((await post(app, url, cookie, confirmed)).status).toBe(303);
    const saved = (await configStore.getConfig('zibo'))!.config.halls[0]!.openingPolicy.workday.sessions[0];
    expect(saved?.from).toBe('10:00');
  });
});

describe('the console forms in English', () => {
  it('labels every field and says each error in English', async () => {
    const { app } = pagesTestApp(NOW);
    const cookie = `${await signIn(app, 'zibo', 'zibo-district-admin')}; lang=en`;
    const matter = seedConfig('zibo').matters[0]!;
    const url = `/t/zibo/staff/admin/config/matters/${matter.id}`;
    const page = await get(app, url, cookie);
    expect(page.html).toContain('Materials for the one-time notice');
    // Every input, select and group of the form has its label.
    const ids = [...page.html.matchAll(/<(?:input|select)\b[^>]*\sid="([^"]+)"/g)].map((m) => m[1]!);
    for (const id of ids.filter((i) => !i.includes('__r'))) {
      expect(
        page.html.includes(`<label for="${id}"`) || new RegExp(`<label><input id="${id}"`).test(page.html),
      ).toBe(true);
    }
    const res = await post(app, url, cookie, withField(formFields(page.html), 'slotMinutes:num', '7'));
    expect(await res.text()).toContain('slot length must be a multiple of 5 minutes');
  });
});
