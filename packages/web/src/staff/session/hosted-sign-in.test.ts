import { createDevVerifier, generateDevIssuerKeys, signDevToken } from '@openhall/api';
import { seedConfigs } from '@openhall/seed';
import { inMemoryBooking } from '@openhall/services/testing';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createPages, createStaffAuthPages } from '../../create-pages.js';
import { cognitoHostedSignIn } from './cognito-hosted-sign-in.js';
import { s256Challenge } from './pkce.js';

const NOW = new Date('2026-12-01T09:00:00+08:00');
const ORIGIN = 'https://hall.example';

async function hostedApp() {
  const keys = await generateDevIssuerKeys();
  const exchanged: URLSearchParams[] = [];
  const fakeFetch = (async (_url: string, init: RequestInit) => {
    const body = new URLSearchParams(String(init.body));
    exchanged.push(body);
    const idToken = await signDevToken(
      keys,
      { sub: 'opaque-uuid', role: 'window', roles: ['window'], staffId: 'zibo-window', tenantId: 'zibo' },
      { now: NOW },
    );
    return new Response(JSON.stringify({ id_token: idToken }), { status: 200 });
  }) as typeof fetch;
  const { configStore, nationalScheduleStore, service, verification } = inMemoryBooking({
    configs: seedConfigs,
    now: () => NOW,
  });
  const deps = {
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
  const app = new Hono().route('/t', createPages(deps)).route('/auth', createStaffAuthPages(deps));
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
});
