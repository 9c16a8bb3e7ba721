import {
  type Audience,
  createDevVerifier,
  generateDevIssuerKeys,
  type RegisteredRoute,
  routeGroupsOf,
  signDevToken,
} from '@openhall/api';
import { createApp } from '@openhall/app';
import { NotFoundError, type Principal } from '@openhall/domain';
import { describe, expect, it } from 'vitest';

/**
 * Every route the app registers, whatever its path, is either in the citizen group or refuses a
 * caller without a token (401) and a caller who may not act for the tenant in the path (403). The
 * routes come from the app's router and the citizen routes from the group they were registered
 * through, so a route added anywhere else is checked here without anyone listing it.
 */

const NOW = new Date('2026-11-22T02:00:00Z');

/** Anything a handler reaches: reaching it before the guard answers 404 `store_reached`, not 401/403. */
function unreachable<T>(): T {
  return new Proxy({} as object, {
    get: (_, key) =>
      key === 'then'
        ? undefined
        : () => {
            throw new NotFoundError('the store', 'store_reached');
          },
  }) as T;
}

const keys = await generateDevIssuerKeys();
const app = createApp({
  configStore: unreachable(),
  nationalScheduleStore: unreachable(),
  bookingStore: unreachable(),
  reportStore: unreachable(),
  bookingService: unreachable(),
  desk: unreachable(),
  storeHealth: unreachable(),
  phoneVerification: unreachable(),
  queueService: unreachable(),
  verifier: await createDevVerifier(keys, () => NOW),
  now: () => NOW,
});
const groups = routeGroupsOf(app);

const key = (r: RegisteredRoute) => `${r.method} ${r.path}`;
const owners = new Map<string, string[]>();
for (const group of Object.values(groups)) {
  for (const route of group.routes)
    owners.set(key(route), [...(owners.get(key(route)) ?? []), group.audience]);
}

/**
 * The routes the router holds, one per method and path. `use` files middleware under the method
 * ALL; such an entry (a handler that takes `next`) that no group registered is not a route.
 */
const routes: RegisteredRoute[] = [
  ...new Map(
    app.routes
      .filter((r) => !(r.method === 'ALL' && r.handler.length > 1 && !owners.has(key(r))))
      .map((r) => [key(r), { method: r.method, path: r.path }]),
  ).values(),
];
const citizen = new Set(groups.citizen.routes.map(key));
const guarded = routes.filter((r) => !citizen.has(key(r)));
/** The one group that registered a route. */
const audienceOf = (route: RegisteredRoute) => owners.get(key(route))?.[0] as Audience;

/** A concrete URL for a router path: Zibo for the tenant, a plain word for anything else. */
function urlOf(path: string): string {
  return path
    .replace(':tenantId', 'zibo')
    .replace(':province', 'shandong')
    .replace(/:\w+(\{[^}]*\})?/g, 'sample-1')
    .replace(/\*/g, 'sample');
}

/** The request, with a body no schema accepts where the method takes one. */
function request(route: RegisteredRoute, token?: string): Promise<Response> {
  const method = route.method === 'ALL' ? 'GET' : route.method;
  const body = ['POST', 'PUT', 'PATCH'].includes(method) ? { body: '{"not":"valid"}' } : {};
  return Promise.resolve(
    app.request(urlOf(route.path), {
      method,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      ...body,
    }),
  );
}

const token = (principal: Principal) => signDevToken(keys, principal, { now: NOW });
const tokens: Record<string, string> = {
  "Boai's district admin": await token({ sub: 'boai-admin', role: 'district-admin', tenantId: 'boai' }),
  "Zibo's desk staff": await token({ sub: 'zibo-desk', role: 'desk', tenantId: 'zibo' }),
  "Shandong's provincial office": await token({
    sub: 'shandong-office',
    role: 'provincial-office',
    province: 'shandong',
  }),
  "Zibo's district admin": await token({ sub: 'zibo-admin', role: 'district-admin', tenantId: 'zibo' }),
  "Zibo's section manager": await token({
    sub: 'zibo-section-manager',
    role: 'section-manager',
    tenantId: 'zibo',
  }),
  "Hebei's provincial office": await token({
    sub: 'hebei-office',
    role: 'provincial-office',
    province: 'hebei',
  }),
  'the platform operator': await token({ sub: 'platform-operator', role: 'platform-operator' }),
};

/** Who each guarded group admits; everyone else in `tokens` is refused. */
const admitted: Record<Exclude<Audience, 'citizen'>, string[]> = {
  admin: ["Zibo's district admin"],
  staff: ["Zibo's desk staff", "Zibo's section manager", "Zibo's district admin"],
  rota: ["Zibo's section manager", "Zibo's district admin"],
  desk: ["Zibo's desk staff", "Zibo's section manager", "Zibo's district admin"],
  dispatch: ["Zibo's section manager", "Zibo's district admin"],
  reports: ["Zibo's section manager", "Zibo's district admin"],
  province: ["Shandong's provincial office"],
  platform: ['the platform operator'],
};

async function expectProblem(res: Response, status: number, code: string): Promise<void> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect((await res.json()).code).toBe(code);
}

describe('route groups', () => {
  it('registered every route the app answers, each through exactly one group', () => {
    const strays = routes.filter((r) => owners.get(key(r))?.length !== 1).map(key);
    expect(strays).toEqual([]);
    expect(citizen.size).toBeGreaterThan(0);
    expect(guarded.length).toBeGreaterThan(0);
  });
});

describe.each(guarded.map((r) => [key(r), r] as const))('%s', (_, route) => {
  const admits = admitted[audienceOf(route) as keyof typeof admitted];
  const refused = Object.keys(tokens).filter((who) => !admits?.includes(who));

  it('belongs to a group this test knows who to admit to', () => {
    expect(admits).toBeDefined();
  });

  it('answers 401 problem+json without a token, and with a token that is not a bearer token', async () => {
    await expectProblem(await request(route), 401, 'unauthenticated');
    await expectProblem(await request(route, 'not-a-jwt'), 401, 'unauthenticated');
  });

  it.each(refused)('answers 403 to %s, before looking at the request', async (who) => {
    await expectProblem(await request(route, tokens[who]), 403, 'forbidden');
  });

  it('lets the ones it admits through to the route', async () => {
    for (const who of admits ?? []) {
      const res = await request(route, tokens[who]);
      expect(res.status, who).not.toBe(401);
      expect(res.status, who).not.toBe(403);
    }
  });
});
