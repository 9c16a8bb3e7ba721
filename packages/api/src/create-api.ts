import { OpenAPIHono } from '@hono/zod-openapi';
import { StoreUnavailableError } from '@openhall/domain';
import { bodyLimit } from 'hono/body-limit';
import type { ApiDeps } from './api-deps.js';
import type { AuthEnv } from './auth/authenticate.js';
import { deadline } from './http/deadline.js';
import { onError } from './http/on-error.js';
import { problem, problemResponse } from './http/problem.js';
import { validationHook } from './http/validation-hook.js';
import { registerAuditRoutes } from './routes/admin/audit-routes.js';
import { registerCollectionRoutes } from './routes/admin/collection-routes.js';
import { registerConfigRoutes } from './routes/admin/config-routes.js';
import { registerOverrideRoutes } from './routes/admin/override-routes.js';
import { registerBookingRoutes } from './routes/citizen/booking-routes.js';
import { registerCalendarRoutes } from './routes/citizen/calendar-routes.js';
import { registerMatterRoutes } from './routes/citizen/matter-routes.js';
import { registerPublicNationalScheduleRoutes } from './routes/citizen/national-schedule-routes.js';
import { registerPhoneVerificationRoutes } from './routes/citizen/phone-verification-routes.js';
import { registerTenantRoutes } from './routes/citizen/tenant-routes.js';
import { registerOpenApiRoutes } from './routes/openapi-routes.js';
import { registerNationalScheduleRoutes } from './routes/platform/national-schedule-routes.js';
import { registerDistrictReportRoutes } from './routes/reports/district-report-routes.js';
import { registerProvinceReportRoutes } from './routes/reports/province-report-routes.js';
import { createRouteGroups } from './routes/route-groups.js';

const BOOKING_BODY_LIMIT = 16 * 1024;
const ADMIN_BODY_LIMIT = 512 * 1024;

function limitBody(maxSize: number) {
  return bodyLimit({
    maxSize,
    // The rest of the body is not read: the connection closes after the answer, and says so, so a
    // client does not send its next request on it.
    onError: () =>
      problemResponse(
        problem(413, 'body_too_large', `A request body here may be at most ${maxSize / 1024} KiB.`),
        { connection: 'close' },
      ),
  });
}

/**
 * The JSON API (`/v1`, `/healthz`) on an app the composition root adds the pages to. Every route
 * goes through the group of its audience, which decides who may call it (see `route-groups.ts`).
 */
export function createApi(deps: ApiDeps): OpenAPIHono<AuthEnv> {
  const app = new OpenAPIHono<AuthEnv>({ defaultHook: validationHook });
  app.onError(onError);
  app.notFound((c) =>
    problemResponse(problem(404, 'not_found', `Nothing at ${c.req.path}.`, { instance: c.req.path })),
  );

  // A caller gets an answer it can retry before the Lambda or the gateway gives up on the request.
  app.use('/v1/*', deadline(deps.requestDeadlineMs));
  app.use('/healthz', deadline(deps.requestDeadlineMs));

  // A whole configuration fits well inside the admin limit; a citizen's request is a few hundred bytes.
  for (const path of [
    '/v1/tenants/:tenantId/bookings',
    '/v1/tenants/:tenantId/bookings/*',
    '/v1/tenants/:tenantId/phone-verifications/*',
    '/v1/tenants/:tenantId/phone-verifications',
    '/v1/tenants/:tenantId/my-bookings',
  ]) {
    app.use(path, limitBody(BOOKING_BODY_LIMIT));
  }
  app.use('/v1/*', limitBody(ADMIN_BODY_LIMIT));

  const { citizen, admin, platform, reports, province } = createRouteGroups(app, deps.verifier);
  citizen.get('/healthz', async (c) => {
    try {
      await deps.storeHealth.check();
    } catch (error) {
      // Whatever the store answered, the service cannot serve: 503, for the load balancer and a retry.
      throw new StoreUnavailableError({ cause: error });
    }
    return c.json({ ok: true });
  });
  registerTenantRoutes(citizen, deps);
  registerCalendarRoutes(citizen, deps);
  registerMatterRoutes(citizen, deps);
  registerBookingRoutes(citizen, deps);
  registerPhoneVerificationRoutes(citizen, deps);
  registerConfigRoutes(admin, deps);
  registerCollectionRoutes(admin, deps);
  registerOverrideRoutes(admin, deps);
  registerAuditRoutes(admin, deps);
  registerPublicNationalScheduleRoutes(citizen, deps);
  registerNationalScheduleRoutes(platform, deps);
  registerDistrictReportRoutes(reports, deps);
  registerProvinceReportRoutes(province, deps);
  registerOpenApiRoutes(citizen, app);
  return app;
}
