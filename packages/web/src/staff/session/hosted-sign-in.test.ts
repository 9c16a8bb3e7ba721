import { createDevVerifier, generateDevIssuerKeys, signDevToken } from '@openhall/api';
import type { Principal } from '@openhall/domain';
import { seedConfigs } from '@openhall/seed';
import { InMemoryReportStore, inMemoryBooking } from '@openhall/services/testing';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createPages, createStaffAuthPages } from '../../create-pages.js';
import { createProvincePages } from '../../province/province-pages.js';
import { cognitoHostedSignIn } from './cognito-hosted-sign-in.js';
import { s256Challenge } from './pkce.js';

const NOW = new Date('2026-12-01T09:00:00+08:00');
const ORIGIN = 'https://hall.example';

const ZIBO_WINDOW: Principal = {
  sub: 'opaque-uuid',
  role: 'window',
  roles: ['window'],
  staffId: 'zibo-window',
  tenantId: 'zibo',
};

/** The provider's answer: the ID token of whoever signed in there (a window member by default). */
async function hostedApp(signedInAs: Principal = ZIBO_WINDOW) {
  const keys = await generateDevIssuerKeys();
  const exchanged: URLSearchParams[] = [];
  const fakeFetch = (async (_url: string, init: RequestInit) => {
    const body = new URLSearchParams(String(init.body));
    exchanged.push(body);
    const idToken = await signDevToken(keys, signedInAs, { now: NOW });
    return new Response(JSON.stringify({ id_token: idToken }), { status: 200 });
  }) as typeof fetch;
  const { configStore, nationalScheduleStore, service, verification } = inMemoryBooking({
    configs: seedConfigs,
    now: () => NOW,
  });
  const reportStore = new InMemoryReportStore();
  reportStore.joinProvince('zibo', 'shandong');
  const deps = {
    reportStore,
    configStore,
    nationalScheduleStore,
    bookingService: service,
    phoneVerification: verification,
    queueService: {} as never,
    now: () => NOW,
    verifier: await createDevVerifier(keys, () => NOW),
    staffSignIn: cognitoHostedSignIn({
      domain: 'https://login.example',
      clientId: 'client-1',
      fetch: fakeFetch,
    }),
  };
  const app = new Hono()
    .route('/t', createPages(deps))
    .route('/p', createProvincePages(deps))
    .route('/auth', createStaffAuthPages(deps));
  return { app, exchanged };
}

describe('hosted staff sign-in (authorization code with PKCE)', () => {
  it('redirects to the provider with an S256 challenge, then exchanges the code with the verifier', async () => {
    const { app, exchanged } = await hostedApp();
    const start = await app.request(`${ORIGIN}/t/zibo/staff/sign-in?next=/t/zibo/staff/ledger`);
    expect(start.status).toBe(302);
    const authorize = new URL(start.headers.get('location')!);
    expect(authorize.origin + authorize.pathname).toBe('https://login.example/oauth2/authorize');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${ORIGIN}/auth/callback`);
    const pkceCookie = start.headers.get('set-cookie')!;
    expect(pkceCookie).toContain('HttpOnly');
    expect(pkceCookie).toContain('Secure');
    const state = authorize.searchParams.get('state')!;

    const done = await app.request(`${ORIGIN}/auth/callback?code=abc&state=${state}`, {
      headers: { cookie: pkceCookie.split(';')[0]! },
    });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/t/zibo/staff/ledger');
    const verifier = exchanged[0]!.get('code_verifier')!;
    expect(await s256Challenge(verifier)).toBe(authorize.searchParams.get('code_challenge'));
    expect(done.headers.get('set-cookie')).toContain('oh_staff=');
  });

  it('refuses a callback whose state does not match or was never started here', async () => {
    const { app, exchanged } = await hostedApp();
    const start = await app.request(`${ORIGIN}/t/zibo/staff/sign-in`);
    const cookie = start.headers.get('set-cookie')!.split(';')[0]!;
    expect(
      (await app.request(`${ORIGIN}/auth/callback?code=abc&state=forged`, { headers: { cookie } })).status,
    ).toBe(400);
    expect((await app.request(`${ORIGIN}/auth/callback?code=abc&state=x`)).status).toBe(400);
    expect(exchanged).toHaveLength(0);
  });

  it('after a failed callback shows the failure with a retry and a sign-out, instead of redirecting again', async () => {
    const { app } = await hostedApp();
    const page = await app.request(`${ORIGIN}/t/zibo/staff/sign-in?failed&next=/t/zibo/staff/ledger`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('登录失败');
    expect(html).toContain('href="/t/zibo/staff/sign-in?next=%2Ft%2Fzibo%2Fstaff%2Fledger"');
    expect(html).toContain('action="/t/zibo/staff/sign-out"');
    expect(html).not.toContain('data-staff-id');
    expect(page.headers.get('content-security-policy')).toContain(
      "form-action 'self' https://login.example;",
    );
  });
});

/** Starts the province's hosted sign-in and completes the callback with the provider's token. */
async function provinceRoundTrip(signedInAs: Principal, province = 'shandong') {
  const { app, exchanged } = await hostedApp(signedInAs);
  const start = await app.request(`${ORIGIN}/p/${province}/sign-in`);
  expect(start.status).toBe(302);
  const authorize = new URL(start.headers.get('location')!);
  expect(authorize.searchParams.get('redirect_uri')).toBe(`${ORIGIN}/auth/callback`);
  const cookie = start.headers.get('set-cookie')!.split(';')[0]!;
  const state = authorize.searchParams.get('state')!;
  const done = await app.request(`${ORIGIN}/auth/callback?code=abc&state=${state}`, {
    headers: { cookie },
  });
  return { app, done, exchanged, authorize };
}

describe('hosted provincial sign-in (the same provider, callback and PKCE)', () => {
  it("signs a province's office in to its own reports, the token scoped to /p/{province}", async () => {
    const { app, done, exchanged, authorize } = await provinceRoundTrip({
      sub: 'opaque-office',
      role: 'provincial-office',
      province: 'shandong',
    });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/p/shandong/reports');
    const setCookie = done.headers.get('set-cookie')!;
    expect(setCookie).toContain('oh_province=');
    expect(setCookie).toContain('Path=/p/shandong');
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('Secure');
    expect(await s256Challenge(exchanged[0]!.get('code_verifier')!)).toBe(
      authorize.searchParams.get('code_challenge'),
    );
    const reports = await app.request(`${ORIGIN}/p/shandong/reports`, {
      headers: { cookie: /oh_province=[^;]+/.exec(setCookie)![0] },
    });
    expect(reports.status).toBe(200);
    expect(await reports.text()).toContain('action="/p/shandong/sign-out"');
    // The sign-out form's redirect to the provider's logout is allowed by the page's form-action.
    expect(reports.headers.get('content-security-policy')).toContain(
      "form-action 'self' https://login.example;",
    );
  });

  it("refuses another province's office and a district's staff, with no cookie and no loop", async () => {
    for (const who of [
      { sub: 'opaque-office', role: 'provincial-office', province: 'hebei' } as Principal,
      ZIBO_WINDOW,
    ]) {
      const { app, done } = await provinceRoundTrip(who);
      expect(done.status).toBe(303);
      expect(done.headers.get('location')).toBe('/p/shandong/sign-in?failed');
      expect(done.headers.get('set-cookie') ?? '').not.toContain('oh_province=');
      const page = await app.request(`${ORIGIN}/p/shandong/sign-in?failed`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('登录失败');
    }
  });

  it("a staff flow's state cannot be replayed into a province, nor a province's into a tenant", async () => {
    const { app } = await hostedApp({ sub: 'o', role: 'provincial-office', province: 'shandong' });
    const start = await app.request(`${ORIGIN}/t/zibo/staff/sign-in`);
    const state = new URL(start.headers.get('location')!).searchParams.get('state')!;
    const done = await app.request(`${ORIGIN}/auth/callback?code=abc&state=${state}`, {
      headers: { cookie: start.headers.get('set-cookie')!.split(';')[0]! },
    });
    // A provincial office is no member of Zibo's directory: the staff sign-in fails.
    expect(done.headers.get('location')).toBe('/t/zibo/staff/sign-in?failed');
    expect(done.headers.get('set-cookie') ?? '').not.toMatch(/oh_(staff|province)=[^;]/);
  });

  it('signs out of the provider too, back to the one registered signed-out page', async () => {
    const { app } = await hostedApp();
    const out = await app.request(`${ORIGIN}/p/shandong/sign-out`, {
      method: 'POST',
      headers: { origin: ORIGIN },
    });
    expect(out.status).toBe(303);
    const logout = new URL(out.headers.get('location')!);
    expect(logout.origin + logout.pathname).toBe('https://login.example/logout');
    expect(logout.searchParams.get('logout_uri')).toBe(`${ORIGIN}/auth/signed-out`);
  });
});
