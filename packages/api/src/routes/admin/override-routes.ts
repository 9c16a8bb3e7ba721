import { createRoute } from '@hono/zod-openapi';
import {
  CalendarOverrideChangeSchema,
  CalendarOverrideSchema,
  LocalDateSchema,
  SlugSchema,
} from '@openhall/domain';
import {
  changeConfig,
  loadTenantConfig,
  removeCalendarOverride,
  setCalendarOverride,
} from '@openhall/services';
import { z } from 'zod';
import type { ApiDeps } from '../../api-deps.js';
import { problemResponses } from '../../http/responses.js';
import { TenantParamSchema } from '../../http/tenant-param.js';
import type { RouteGroup } from '../route-groups.js';
import { bearerSecurity, IfMatchHeaderSchema, storedConfigResponse } from './admin-schemas.js';
import { storedConfigJson, writerOf } from './config-writes.js';

const DateParamSchema = z.object({
  tenantId: SlugSchema.meta({ param: { name: 'tenantId', in: 'path' }, example: 'zibo' }),
  date: LocalDateSchema.meta({ param: { name: 'date', in: 'path' } }),
});
const HallQuerySchema = z.object({ hallId: SlugSchema.optional() });
/** The override of one date, as PUT: the date comes from the path. */
const OverrideBodySchema = CalendarOverrideChangeSchema;

const ok = storedConfigResponse;

const list = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenantId}/calendar-overrides',
  tags: ['admin'],
  summary: "The tenant's corrections of the national calendar",
  security: bearerSecurity,
  request: { params: TenantParamSchema },
  responses: {
    200: {
      description: 'Overrides, by date',
      content: { 'application/json': { schema: z.object({ overrides: z.array(CalendarOverrideSchema) }) } },
    },
    ...problemResponses(401, 403, 404),
  },
});

const put = createRoute({
  method: 'put',
  path: '/v1/tenants/{tenantId}/calendar-overrides/{date}',
  tags: ['admin'],
  summary: 'Set the override of a date (for one hall, or all halls without hallId)',
  security: bearerSecurity,
  request: {
    params: DateParamSchema,
    headers: IfMatchHeaderSchema,
    body: { required: true, content: { 'application/json': { schema: OverrideBodySchema } } },
  },
  responses: { 200: ok, ...problemResponses(400, 401, 403, 404, 409) },
});

const remove = createRoute({
  method: 'delete',
  path: '/v1/tenants/{tenantId}/calendar-overrides/{date}',
  tags: ['admin'],
  summary: 'Remove the override of a date',
  security: bearerSecurity,
  request: { params: DateParamSchema, query: HallQuerySchema, headers: IfMatchHeaderSchema },
  responses: { 200: ok, ...problemResponses(400, 401, 403, 404, 409) },
});

export function registerOverrideRoutes(group: RouteGroup, deps: ApiDeps): void {
  group.openapi(list, async (c) => {
    const { tenantId } = c.req.valid('param');
    const { config } = await loadTenantConfig(deps.configStore, tenantId);
    const overrides = [...config.calendarOverrides].sort((a, b) => a.date.localeCompare(b.date));
    return c.json({ overrides }, 200);
  });

  group.openapi(put, async (c) => {
    const { tenantId, date } = c.req.valid('param');
    const change = setCalendarOverride(date, c.req.valid('json'));
    return storedConfigJson(c, await changeConfig(deps, { tenantId, change, ...writerOf(c, deps) }));
  });

  group.openapi(remove, async (c) => {
    const { tenantId, date } = c.req.valid('param');
    const change = removeCalendarOverride(date, c.req.valid('query').hallId);
    return storedConfigJson(c, await changeConfig(deps, { tenantId, change, ...writerOf(c, deps) }));
  });
}
