import { createRoute } from '@hono/zod-openapi';
import { StaffAlertItemSchema } from '@openhall/domain';
import type { StaffAlertUseCases } from '@openhall/services';
import { z } from 'zod';
import type { ApiDeps } from '../../api-deps.js';
import { problemResponses } from '../../http/responses.js';
import { TenantParamSchema } from '../../http/tenant-param.js';
import { bearerSecurity } from '../admin/admin-schemas.js';
import type { RouteGroup } from '../route-groups.js';
import { PRIVATE } from './desk-routes.js';
import { callerOf } from './staff-caller.js';

const MyAlertsSchema = z
  .object({
    /** Open alerts, oldest raised first (at most 100). */
    items: z.array(StaffAlertItemSchema),
  })
  .meta({ id: 'MyAlerts' });

const AlertParamSchema = TenantParamSchema.extend({
  alertId: z
    .string()
    .min(3)
    .max(120)
    .regex(/^[A-Za-z0-9.-]+$/),
});

const listMine = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenantId}/my-alerts',
  tags: ['staff'],
  security: bearerSecurity,
  summary: 'The signed-in member’s open alerts (我的提醒)',
  description:
    'Late bookings of their windows (and every one, for a section manager), and the care items they own ' +
    'near or past their deadline. One read of the member’s own list; nobody reads another’s.',
  request: { params: TenantParamSchema },
  responses: {
    200: { description: 'Open alerts', content: { 'application/json': { schema: MyAlertsSchema } } },
    ...problemResponses(400, 401, 403),
  },
});

const markRead = createRoute({
  method: 'post',
  path: '/v1/tenants/{tenantId}/my-alerts/{alertId}/read',
  tags: ['staff'],
  security: bearerSecurity,
  summary: 'Mark one of the member’s alerts read (who and when are kept)',
  description: 'Reading it again answers the first reading. Another member’s alert is 404 `alert_not_found`.',
  request: { params: AlertParamSchema },
  responses: {
    200: {
      description: 'The alert, read',
      content: { 'application/json': { schema: StaffAlertItemSchema } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

function alertsOf(deps: Pick<ApiDeps, 'alerts'>): StaffAlertUseCases {
  if (!deps.alerts) throw new Error('the app was built without the staff alerts (ApiDeps.alerts)');
  return deps.alerts;
}

/** A member's own alert list: the member is the signed-in principal, never a parameter. */
export function registerAlertRoutes(group: RouteGroup, deps: ApiDeps): void {
  group.openapi(listMine, async (c) => {
    const { tenantId } = c.req.valid('param');
    return c.json({ items: await alertsOf(deps).open(tenantId, callerOf(c).id) }, 200, PRIVATE);
  });
  group.openapi(markRead, async (c) => {
    const { tenantId, alertId } = c.req.valid('param');
    return c.json(await alertsOf(deps).markRead(tenantId, callerOf(c).id, alertId), 200, PRIVATE);
  });
}
