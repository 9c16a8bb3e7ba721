import type { OpenAPIHono } from '@hono/zod-openapi';
import { type ApiDeps, type AuthEnv, createApi, routeGroupsOf } from '@openhall/api';
import { createDevOutboxPages, createPages, type DevOutbox, type PagesDeps } from '@openhall/web';

/** Everything the HTTP app needs from the outside world; Lambda and the local runtime wire it differently. */
export type AppDeps = ApiDeps &
  PagesDeps & {
    /** Local development only: the in-process SMS outbox, shown at `/dev/outbox`. */
    devOutbox?: DevOutbox;
  };

/**
 * The whole HTTP app: the JSON API and the citizen pages under `/t`, which are public and so join
 * the API's citizen routes. The same instance serves Lambda and the local server.
 */
export function createApp(deps: AppDeps): OpenAPIHono<AuthEnv> {
  const app = createApi(deps);
  routeGroupsOf(app).citizen.mount('/t', createPages(deps));
  if (deps.devOutbox) routeGroupsOf(app).citizen.mount('/dev', createDevOutboxPages(deps.devOutbox));
  return app;
}
