import type { OpenAPIHono, RouteConfig, RouteHandler } from '@hono/zod-openapi';
import type { Handler, Hono, MiddlewareHandler } from 'hono';
import {
  type Access,
  guard,
  PUBLIC,
  platformOperator,
  provincialOffice,
  tenantRoles,
} from '../auth/access.js';
import type { AuthEnv } from '../auth/authenticate.js';
import type { TokenVerifier } from '../auth/token-verifier.js';

/**
 * The audiences of the API and who may call each. Citizens (and anything else public: the health
 * check, the API's own documentation) need no account; every other group admits only a signed-in
 * principal its rule names. A new audience, such as the desk staff, is one more line here.
 */
export const AUDIENCES = {
  citizen: PUBLIC,
  admin: tenantRoles('district-admin'),
  /** The hall's staff running the day: desk, window, section manager (and the admin, who may stand in). */
  staff: tenantRoles('desk', 'window', 'section-manager', 'district-admin'),
  /** Who plans who serves when (duty rotas, absences, cover): the section manager and the admin. */
  rota: tenantRoles('section-manager', 'district-admin'),
  /** Recording phone and on-site requests: the desk (and the section manager and admin standing in). */
  desk: tenantRoles('desk', 'section-manager', 'district-admin'),
  /** Dispatching requests to windows (派单) and approving staff changes: the section manager (and admin). */
  dispatch: tenantRoles('section-manager', 'district-admin'),
  /** A district's reports: its admin and its section managers. */
  reports: tenantRoles('district-admin', 'section-manager'),
  /** A provincial office's view of its own province's districts (`/v1/provinces/{province}/…`). */
  province: provincialOffice(),
  /** What runs the platform for every tenant, e.g. the State Council schedule. */
  platform: platformOperator(),
} as const satisfies Record<string, Access>;
export type Audience = keyof typeof AUDIENCES;

/** A route as the app's router holds it: Hono's method and path. */
export interface RegisteredRoute {
  method: string;
  path: string;
}

/**
 * Registers the routes of one audience on the app. For a group that is not public, every route
 * gets the group's guard as its first middleware, so a route added here is protected without a
 * check of its own, and auth runs before the route validates anything. Routes are registered on
 * the app itself, never through a sub-app, whose `use('*')` would reach every path of the parent.
 */
export class RouteGroup {
  readonly #routes: RegisteredRoute[] = [];
  readonly #guard: MiddlewareHandler<AuthEnv>[];

  constructor(
    readonly audience: Audience,
    private readonly app: OpenAPIHono<AuthEnv>,
    private readonly access: Access,
    verifier: TokenVerifier,
  ) {
    this.#guard = access.public ? [] : [guard(verifier, access)];
  }

  /** Every method and path registered through this group, as the app's router has them. */
  get routes(): readonly RegisteredRoute[] {
    return this.#routes;
  }

  /** A documented route, validated from its zod schemas. */
  openapi<R extends RouteConfig>(route: R, handler: RouteHandler<R, AuthEnv>): void {
    const own = route.middleware === undefined ? [] : [route.middleware].flat();
    const middleware = [...this.#guard, ...own];
    this.#record(() => this.app.openapi({ ...route, middleware } as R, handler as never));
  }

  /**
   * A GET route validated by hand: one outside the document (the health check, the docs page) or
   * one whose path OpenAPI cannot spell, described with `document`.
   */
  get<P extends string>(path: P, handler: Handler<AuthEnv, P>): void {
    const on = this.app.on as (method: string, path: string, ...handlers: Handler<AuthEnv>[]) => unknown;
    this.#record(() => on('GET', path, ...this.#guard, handler as Handler<AuthEnv>));
  }

  /** Describes a route registered with `get` in the OpenAPI document. */
  document(route: RouteConfig): void {
    this.app.openAPIRegistry.registerPath(route);
  }

  /** Mounts a whole app (the pages) under `prefix`; only a public group can, having nothing to guard. */
  mount(prefix: string, sub: Hono): void {
    if (!this.access.public) {
      throw new Error(
        `the ${this.audience} routes are guarded one by one: register them, do not mount an app`,
      );
    }
    this.#record(() => this.app.route(prefix, sub));
  }

  #record(register: () => void): void {
    const before = this.app.routes.length;
    register();
    for (const { method, path } of this.app.routes.slice(before)) {
      if (!this.#routes.some((r) => r.method === method && r.path === path))
        this.#routes.push({ method, path });
    }
  }
}

export type RouteGroups = { readonly [A in Audience]: RouteGroup };

const groupsOfApp = new WeakMap<Hono<AuthEnv>, RouteGroups>();

/** One group per audience on `app`; `routeGroupsOf(app)` finds them again. */
export function createRouteGroups(app: OpenAPIHono<AuthEnv>, verifier: TokenVerifier): RouteGroups {
  const groups = Object.fromEntries(
    Object.entries(AUDIENCES).map(([audience, access]) => [
      audience,
      new RouteGroup(audience as Audience, app, access, verifier),
    ]),
  ) as unknown as RouteGroups;
  groupsOfApp.set(app, groups);
  return groups;
}

/** The groups the routes of an app made by `createApi` were registered through. */
export function routeGroupsOf(app: Hono<AuthEnv>): RouteGroups {
  const groups = groupsOfApp.get(app);
  if (!groups) throw new Error('this app was not made by createApi');
  return groups;
}
