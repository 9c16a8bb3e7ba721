import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, apiHarness } from '../support/api-harness.js';

// A Sunday in Asia/Shanghai, 10:00.
const NOW = new Date('2026-11-22T02:00:00Z');
const ZIBO_ADMIN = { sub: 'zibo-district-admin', role: 'district-admin', tenantId: 'zibo' } as const;
const BOAI_ADMIN = { sub: 'boai-district-admin', role: 'district-admin', tenantId: 'boai' } as const;

let h: ApiHarness;
let ziboToken: string;

beforeAll(async () => {
  h = await apiHarness('admin-config', NOW);
  ziboToken = await h.token(ZIBO_ADMIN);
});
afterAll(() => h.close());

function call(
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  return h.app.request(path, {
    method,
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...options.headers,
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
}

async function saturdayHours(date: string) {
  const res = await call('GET', `/v1/tenants/zibo/calendar?from=${date}&to=${date}`);
  expect(res.status).toBe(200);
  const body = await res.json();
  return { kind: body.days[0].kind, intervals: body.days[0].halls[0].intervals };
}

describe('admin configuration, end to end on DynamoDB Local', () => {
  it('lists the four seeded tenants with their provinces', async () => {
    const res = await call('GET', '/v1/tenants');
    const body = await res.json();
    expect(body.tenants.map((t: { id: string; province: string }) => `${t.id}:${t.province}`)).toEqual([
      'boai:henan',
      'chengde-gxq:hebei',
      'zaozhuang-gxq:shandong',
      'zibo:shandong',
    ]);
  });

  it("changes Zibo's weekend hours and the calendar shows it at once", async () => {
    expect(await saturdayHours('2026-11-28')).toEqual({
      kind: 'restday',
      intervals: [
        { from: '09:00', to: '12:00', mode: 'walk-in' },
        { from: '13:00', to: '17:00', mode: 'walk-in' },
      ],
    });
    const res = await call('PATCH', '/v1/tenants/zibo/config/halls/zibo-center', {
      token: ziboToken,
      body: {
        openingPolicy: {
          restday: {
            sessions: [
              { from: '08:30', to: '12:00' },
              { from: '13:00', to: '18:00' },
            ],
          },
        },
      },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"v2"');
    expect((await res.json()).version).toBe(2);
    expect(await saturdayHours('2026-11-28')).toEqual({
      kind: 'restday',
      intervals: [
        { from: '08:30', to: '12:00', mode: 'walk-in' },
        { from: '13:00', to: '18:00', mode: 'walk-in' },
      ],
    });
    // A make-up working day keeps the working-day hours.
    const makeup = await call('GET', '/v1/tenants/zibo/calendar?from=2026-09-20&to=2026-09-20');
    expect((await makeup.json()).days[0].kind).toBe('makeup-workday');
  });

  it('keeps who, when and what in the audit trail', async () => {
    const res = await call('GET', '/v1/tenants/zibo/audit?limit=5', { token: ziboToken });
    expect(res.status).toBe(200);
    const { entries } = await res.json();
    expect(entries[0]).toMatchObject({
      version: 2,
      actor: 'zibo-district-admin',
      action: 'PATCH halls/zibo-center',
      at: '2026-11-22T10:00:00+08:00',
    });
    expect(entries[0].changes).toContainEqual(
      expect.objectContaining({
        path: '/halls/zibo-center/openingPolicy/restday/sessions',
        oldValue: expect.any(Array),
        newValue: expect.any(Array),
      }),
    );
    expect(entries.at(-1)).toMatchObject({ version: 1, actor: 'seed' });
  });

  it.each(['10000000000', '0', '1.5'])(
    'answers 400 with a field error for an audit page before version %s',
    async (before) => {
      const res = await call('GET', `/v1/tenants/zibo/audit?before=${before}`, { token: ziboToken });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const body = await res.json();
      expect(body.code).toBe('validation_failed');
      expect(body.errors.map((e: { path: string }) => e.path)).toEqual(['/query/before']);
    },
  );

  it('pages the audit trail from the highest version a key can hold', async () => {
    const res = await call('GET', '/v1/tenants/zibo/audit?before=9999999999', { token: ziboToken });
    expect(res.status).toBe(200);
    expect((await res.json()).entries.at(-1)).toMatchObject({ version: 1 });
  });

  it("refuses Boai's admin on Zibo's configuration (403), and a provincial office too", async () => {
    const boai = await h.token(BOAI_ADMIN);
    const shandong = await h.token({
      sub: 'shandong-provincial-office',
      role: 'provincial-office',
      province: 'shandong',
    });
    const patch = { body: { openingPolicy: { extendedService: true } } };
    for (const token of [boai, shandong]) {
      const write = await call('PATCH', '/v1/tenants/zibo/config/halls/zibo-center', { token, ...patch });
      expect(write.status).toBe(403);
      expect(write.headers.get('content-type')).toContain('application/problem+json');
      expect((await write.json()).code).toBe('forbidden');
      expect((await call('GET', '/v1/tenants/zibo/config', { token })).status).toBe(403);
    }
    const zibo = await (await call('GET', '/v1/tenants/zibo/config', { token: ziboToken })).json();
    expect(zibo.version).toBe(2);
  });

  it('answers 401 to a missing, forged, expired or tenant-less token', async () => {
    const { generateDevIssuerKeys, signDevToken } = await import('@openhall/api');
    const forged = await signDevToken(await generateDevIssuerKeys(), ZIBO_ADMIN, { now: NOW });
    const expired = await h.token(ZIBO_ADMIN, {
      now: new Date(NOW.getTime() - 9 * 3600_000),
      ttlSeconds: 3600,
    });
    const cases: Record<string, string>[] = [
      {},
      { authorization: `Bearer ${forged}` },
      { authorization: `Bearer ${expired}` },
      { authorization: 'Bearer not-a-jwt' },
      { authorization: `Basic ${ziboToken}` },
    ];
    for (const headers of cases) {
      const res = await call('GET', '/v1/tenants/zibo/config', { headers });
      expect(res.status).toBe(401);
      expect((await res.json()).code).toBe('unauthenticated');
    }
  });

  it('rejects an invalid change with every field error and stores nothing', async () => {
    const res = await call('PATCH', '/v1/tenants/zibo/config/halls/zibo-center', {
      token: ziboToken,
      body: {
        name: { zh: '' },
        openingPolicy: { restday: { sessions: [{ from: '25:00', to: '12:00' }], mode: 'sometimes' } },
      },
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.code).toBe('validation_failed');
    const paths = body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/halls/0/name/zh',
        '/halls/0/openingPolicy/restday/sessions/0/from',
        '/halls/0/openingPolicy/restday/mode',
      ]),
    );
    const after = await (await call('GET', '/v1/tenants/zibo/config', { token: ziboToken })).json();
    expect(after.version).toBe(2);
  });

  it('refuses a stale If-Match (409) and a whole replacement without one (428)', async () => {
    const current = await (await call('GET', '/v1/tenants/zibo/config', { token: ziboToken })).json();
    const stale = await call('PUT', '/v1/tenants/zibo/config', {
      token: ziboToken,
      headers: { 'if-match': '"v1"' },
      body: current.config,
    });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ code: 'version_conflict', currentVersion: current.version });
    const blind = await call('PUT', '/v1/tenants/zibo/config', { token: ziboToken, body: current.config });
    expect(blind.status).toBe(428);
    const ok = await call('PUT', '/v1/tenants/zibo/config', {
      token: ziboToken,
      headers: { 'if-match': `"v${current.version}"` },
      body: {
        ...current.config,
        tenant: {
          ...current.config.tenant,
          phones: { ...current.config.tenant.phones, complaints: '0533-2512346' },
        },
      },
    });
    expect(ok.status).toBe(200);
    expect((await ok.json()).version).toBe(current.version + 1);
  });

  it('never lets two concurrent edits of one version both land', async () => {
    const current = await (await call('GET', '/v1/tenants/zibo/config', { token: ziboToken })).json();
    const ifMatch = { 'if-match': `"v${current.version}"` };
    const results = await Promise.all(
      ['10:00', '11:00', '12:00', '13:00'].map((to) =>
        call('PATCH', '/v1/tenants/zibo/config', {
          token: ziboToken,
          headers: ifMatch,
          body: { bookingPolicy: { deskPhone: { sessions: [{ from: '09:00', to }] } } },
        }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409]);
    const audit = await (await call('GET', '/v1/tenants/zibo/audit?limit=1', { token: ziboToken })).json();
    expect(audit.entries[0].version).toBe(current.version + 1);
  });

  it("refuses a body that tries to rename the tenant or point at another tenant's id", async () => {
    const res = await call('PATCH', '/v1/tenants/zibo/config', {
      token: ziboToken,
      body: { tenant: { id: 'boai' } },
    });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].path).toBe('/tenant/id');
  });

  it('closes a hall on one date through a calendar override, then removes it', async () => {
    const put = await call('PUT', '/v1/tenants/zibo/calendar-overrides/2026-12-05', {
      token: ziboToken,
      body: { hallId: 'zibo-center', hours: { sessions: [], mode: 'walk-in' }, reason: '设备检修' },
    });
    expect(put.status).toBe(200);
    const day = (await (await call('GET', '/v1/tenants/zibo/calendar?from=2026-12-05&to=2026-12-05')).json())
      .days[0];
    expect(day.halls[0]).toMatchObject({ intervals: [], overridden: true });
    const list = await (
      await call('GET', '/v1/tenants/zibo/calendar-overrides', { token: ziboToken })
    ).json();
    expect(list.overrides).toEqual([
      {
        date: '2026-12-05',
        hallId: 'zibo-center',
        hours: { sessions: [], mode: 'walk-in', noGapLunch: false },
        reason: '设备检修',
      },
    ]);
    const del = await call('DELETE', '/v1/tenants/zibo/calendar-overrides/2026-12-05?hallId=zibo-center', {
      token: ziboToken,
    });
    expect(del.status).toBe(200);
    const again = (
      await (await call('GET', '/v1/tenants/zibo/calendar?from=2026-12-05&to=2026-12-05')).json()
    ).days[0];
    expect(again.halls[0].intervals.length).toBeGreaterThan(0);
    const missing = await call(
      'DELETE',
      '/v1/tenants/zibo/calendar-overrides/2026-12-05?hallId=zibo-center',
      { token: ziboToken },
    );
    expect(missing.status).toBe(404);
  });

  it('creates, patches and removes a matter, checking references', async () => {
    const matter = (await (await call('GET', '/v1/tenants/zibo/config', { token: ziboToken })).json()).config
      .matters[0];
    const copy = { ...matter, id: 'test-matter', name: { zh: '测试事项', en: 'Test matter' } };
    expect(
      (await call('PUT', '/v1/tenants/zibo/config/matters/test-matter', { token: ziboToken, body: copy }))
        .status,
    ).toBe(200);
    const search = await (await call('GET', '/v1/tenants/zibo/matters?q=测试')).json();
    expect(search.matters.map((m: { id: string }) => m.id)).toEqual(['test-matter']);
    const bad = await call('PATCH', '/v1/tenants/zibo/config/matters/test-matter', {
      token: ziboToken,
      body: { windowIds: ['no-such-window'] },
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0]).toMatchObject({ message: 'unknown window "no-such-window"' });
    const mismatch = await call('PUT', '/v1/tenants/zibo/config/matters/other-id', {
      token: ziboToken,
      body: copy,
    });
    expect(mismatch.status).toBe(400);
    expect(
      (await call('DELETE', '/v1/tenants/zibo/config/matters/test-matter', { token: ziboToken })).status,
    ).toBe(200);
    expect(
      (await call('DELETE', '/v1/tenants/zibo/config/matters/test-matter', { token: ziboToken })).status,
    ).toBe(404);
  });
});

describe('public reads', () => {
  it('answers 400 with every field error for a bad calendar query', async () => {
    const res = await call('GET', '/v1/tenants/zibo/calendar?from=2026-02-30&to=tomorrow');
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['/query/from', '/query/to']);
    const reversed = await call('GET', '/v1/tenants/zibo/calendar?from=2026-03-02&to=2026-03-01');
    expect((await reversed.json()).errors[0].path).toBe('/query/to');
    const tooLong = await call('GET', '/v1/tenants/zibo/calendar?from=2026-01-01&to=2027-06-01');
    expect(tooLong.status).toBe(400);
  });

  it('answers 404 problem+json for an unknown tenant, hall or path', async () => {
    const tenant = await call('GET', '/v1/tenants/nowhere/calendar?from=2026-03-01&to=2026-03-01');
    expect(tenant.status).toBe(404);
    expect((await tenant.json()).code).toBe('tenant_not_found');
    const hall = await call('GET', '/v1/tenants/zibo/calendar?from=2026-03-01&to=2026-03-01&hallId=nowhere');
    expect((await hall.json()).code).toBe('hall_not_found');
    const path = await call('GET', '/v1/nothing');
    expect(path.status).toBe(404);
    expect(path.headers.get('content-type')).toContain('application/problem+json');
  });

  it('answers 400 malformed_request for a body that is not JSON', async () => {
    const res = await h.app.request('/v1/tenants/zibo/config/halls/zibo-center', {
      method: 'PATCH',
      headers: { authorization: `Bearer ${ziboToken}`, 'content-type': 'application/json' },
      body: '{"openingPolicy": ',
    });
    expect(res.status).toBe(400);
    expect((await res.json()).code).toBe('malformed_request');
  });

  it('filters matters by department and category', async () => {
    const all = (await (await call('GET', '/v1/tenants/zaozhuang-gxq/matters')).json()).matters;
    const department = all[0].departmentId;
    const byDepartment = (
      await (await call('GET', `/v1/tenants/zaozhuang-gxq/matters?department=${department}`)).json()
    ).matters;
    expect(byDepartment.length).toBeGreaterThan(0);
    expect(byDepartment.every((m: { departmentId: string }) => m.departmentId === department)).toBe(true);
    expect(byDepartment.length).toBeLessThan(all.length);
    const invoice = (
      await (await call('GET', `/v1/tenants/zaozhuang-gxq/matters?q=${encodeURIComponent('发票')}`)).json()
    ).matters;
    expect(invoice.map((m: { name: { zh: string } }) => m.name.zh)).toEqual(['发票发售、代开']);
    expect(invoice[0].windows[0].code).toBe('一楼 A9');
  });

  it('publishes an OpenAPI 3.1 document generated from the schemas, and a docs page', async () => {
    const doc = await (await call('GET', '/v1/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const path of [
      '/v1/tenants',
      '/v1/tenants/{tenantId}/calendar',
      '/v1/tenants/{tenantId}/matters',
      '/v1/tenants/{tenantId}/config',
      '/v1/tenants/{tenantId}/config/halls/{itemId}',
      '/v1/tenants/{tenantId}/audit',
    ]) {
      expect(doc.paths).toHaveProperty([path]);
    }
    expect(doc.components.schemas).toHaveProperty('TenantConfig');
    expect(doc.components.schemas).toHaveProperty('Problem');
    const page = await call('GET', '/v1/docs');
    expect(await page.text()).toContain('/v1/tenants/{tenantId}/calendar');
  });
});

describe('request size and shape limits', () => {
  it('answers 413 to a booking body past 16 KiB and an admin body past 512 KiB', async () => {
    const booking = await h.app.request('/v1/tenants/zibo/bookings', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'size-check-0001' },
      body: JSON.stringify({ padding: 'x'.repeat(20 * 1024) }),
    });
    expect(booking.status).toBe(413);
    expect((await booking.json()).code).toBe('body_too_large');
    const admin = await call('PATCH', '/v1/tenants/zibo/config', {
      token: ziboToken,
      body: { tenant: { name: { zh: 'x'.repeat(600 * 1024) } } },
    });
    expect(admin.status).toBe(413);
  });

  it('answers 400 patch_too_deep to a deeply nested merge patch, not a crash', async () => {
    const levels = 20_000;
    const res = await h.app.request('/v1/tenants/zibo/config', {
      method: 'PATCH',
      headers: { authorization: `Bearer ${ziboToken}`, 'content-type': 'application/json' },
      body: `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`,
    });
    expect(res.status).toBe(400);
    expect((await res.json()).code).toBe('patch_too_deep');
  });
});
