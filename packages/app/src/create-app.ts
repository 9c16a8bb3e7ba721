import type { OpenAPIHono } from '@hono/zod-openapi';
import { type ApiDeps, type AuthEnv, createApi, routeGroupsOf } from '@openhall/api';
import type { DevOutbox, PagesDeps } from '@openhall/web';
import { Hono } from 'hono';
import { lazily } from './lazily.js';

/** Everything the HTTP app needs from the outside world; Lambda and the local runtime wire it differently. */
export type AppDeps = ApiDeps &
  PagesDeps & {
    /** Local development only: the in-process SMS outbox, shown at `/dev/outbox`. */
    devOutbox?: DevOutbox;
  };

/**
 * The citizen pages on an app of their own at `/t`, loaded and built by the first page request: most
 * requests a cold Lambda answers are API calls, and the pages (their templates, texts and styles) are
 * a separate chunk of the bundle that those never read.
 */
function lazyPages(deps: PagesDeps): (request: Request, env: unknown) => Promise<Response> {
  return lazily(() =>
    import('@openhall/web').then(({ createPages }) => new Hono().route('/t', createPages(deps))),
  );
}

/**
 * The whole HTTP app: the JSON API and the citizen pages under `/t`, which are public and so join
 * the API's citizen routes. The same instance serves Lambda and the local server.
 */
export function createApp(deps: AppDeps): OpenAPIHono<AuthEnv> {
  const app = createApi(deps);
  const pages = lazyPages(deps);
  // Every path below a tenant is the pages' own, their not-found page included; `/t` and `/t/` are
  // the API's 404, as when the pages were mounted with `app.route`.
  const entry = new Hono().all('/:tenantId/*', (c) => pages(c.req.raw, c.env));
  routeGroupsOf(app).citizen.mount('/t', entry);
  // The hosted staff sign-in comes back here (one URL for every tenant); loaded like the pages.
  const auth = lazily(() =>
    import('@openhall/web').then(({ createStaffAuthPages }) =>
      new Hono().route('/auth', createStaffAuthPages(deps)),
    ),
  );
  routeGroupsOf(app).citizen.mount(
    '/auth',
    new Hono().all('/*', (c) => auth(c.req.raw, c.env)),
  );
  // The provincial office's report pages (`/p/{province}/…`), loaded like the pages.
  const province = lazily(() =>
    import('@openhall/web').then(({ createProvincePages }) =>
      new Hono().route('/p', createProvincePages(deps)),
    ),
  );
  routeGroupsOf(app).citizen.mount(
    '/p',
    new Hono().all('/*', (c) => province(c.req.raw, c.env)),
  );
  const { devOutbox } = deps;
  if (devOutbox) {
    // Local development only, and loaded like the pages: the outbox page lives in the pages' chunk.
    const outbox = lazily(() =>
      import('@openhall/web').then(({ createDevOutboxPages }) =>
        new Hono().route('/dev', createDevOutboxPages(devOutbox)),
      ),
    );
    routeGroupsOf(app).citizen.mount(
      '/dev',
      new Hono().all('/*', (c) => outbox(c.req.raw, c.env)),
    );
  }
  return app;
}
