import { OpenAPIHono } from '@hono/zod-openapi';
import { StoreUnavailableError } from '@openhall/domain';
import { readableLog } from '@openhall/services';
import { bodyLimit } from 'hono/body-limit';
import type { ApiDeps } from './api-deps.js';
import type { AuthEnv } from './auth/authenticate.js';
import { deadline } from './http/deadline.js';
import { onErrorWith } from './http/on-error.js';
import { problem, problemResponse } from './http/problem-response.js';
import { validationHook } from './http/validation-hook.js';
import { registerAuditRoutes } from './routes/admin/audit-routes.js';
import { registerCollectionRoutes } from './routes/admin/collection-routes.js';
import { registerConfigRoutes } from './routes/admin/config-routes.js';
import { registerOverrideRoutes } from './routes/admin/override-routes.js';
import { registerBookingRoutes } from './routes/citizen/booking-routes.js';
import { registerBundleRoutes } from './routes/citizen/bundle-routes.js';
import { registerCalendarRoutes } from './routes/citizen/calendar-routes.js';
import { registerCitizenCareRoutes } from './routes/citizen/care-routes.js';
import { registerMatterRoutes } from './routes/citizen/matter-routes.js';
import { registerPublicNationalScheduleRoutes } from './routes/citizen/national-schedule-routes.js';
import { registerPhoneVerificationRoutes } from './routes/citizen/phone-verification-routes.js';
import { registerCitizenQueueRoutes } from './routes/citizen/queue-routes.js';
import { registerTenantRoutes } from './routes/citizen/tenant-routes.js';
import { registerOpenApiRoutes } from './routes/openapi-routes.js';
import { registerNationalScheduleRoutes } from './routes/platform/national-schedule-routes.js';
import { registerDistrictReportRoutes } from './routes/reports/district-report-routes.js';
import { registerProvinceReportRoutes } from './routes/reports/province-report-routes.js';
import { registerLeaveReviewRoutes, registerMyLeaveRoutes } from './routes/rota/leave-request-routes.js';
import { registerRotaRoutes, registerTimeOffRoutes } from './routes/rota/rota-routes.js';
import { createRouteGroups } from './routes/route-groups.js';
import { registerAlertRoutes } from './routes/staff/alert-routes.js';
import { registerStaffCareRoutes } from './routes/staff/care-staff-routes.js';
import { registerDeskRoutes, registerDispatchRoutes } from './routes/staff/desk-routes.js';
import { registerHandlingRoutes } from './routes/staff/handling-routes.js';
import { registerStaffQueueRoutes } from './routes/staff/queue-routes.js';

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
  app.onError(onErrorWith(deps.log ?? readableLog(), deps.metrics));
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
    '/v1/tenants/:tenantId/visits',
    '/v1/tenants/:tenantId/visits/*',
    '/v1/tenants/:tenantId/ratings/*',
    '/v1/tenants/:tenantId/complaints',
    '/v1/tenants/:tenantId/complaints/*',
    '/v1/tenants/:tenantId/mailings/*',
  ]) {
    app.use(path, limitBody(BOOKING_BODY_LIMIT));
  }
  app.use('/v1/*', limitBody(ADMIN_BODY_LIMIT));

  const { citizen, admin, platform, rota, staff, desk, dispatch, reports, province } = createRouteGroups(
    app,
    deps.verifier,
  );
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
  registerBundleRoutes(citizen, deps);
  registerBookingRoutes(citizen, deps);
  registerPhoneVerificationRoutes(citizen, deps);
  registerCitizenCareRoutes(citizen, deps);
  registerStaffCareRoutes(staff, deps);
  registerCitizenQueueRoutes(citizen, deps);
  registerStaffQueueRoutes(staff, deps);
  registerConfigRoutes(admin, deps);
  registerCollectionRoutes(admin, deps);
  registerOverrideRoutes(admin, deps);
  registerAuditRoutes(admin, deps);
  registerRotaRoutes(rota, deps);
  registerTimeOffRoutes(admin, deps);
  registerMyLeaveRoutes(staff, deps);
  registerLeaveReviewRoutes(rota, deps);
  registerPublicNationalScheduleRoutes(citizen, deps);
  registerNationalScheduleRoutes(platform, deps);
  registerDeskRoutes(desk, deps);
  registerDispatchRoutes(dispatch, deps);
  registerHandlingRoutes(staff, deps);
  registerAlertRoutes(staff, deps);
  registerDistrictReportRoutes(reports, deps);
  registerProvinceReportRoutes(province, deps);
  registerOpenApiRoutes(citizen, app);
  return app;
}
