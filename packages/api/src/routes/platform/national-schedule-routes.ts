import { createRoute } from '@hono/zod-openapi';
import {
  NationalScheduleAuditEntrySchema,
  NationalScheduleInputSchema,
  ScheduleYearSchema,
  type StoredNationalSchedule,
  StoredNationalScheduleSchema,
} from '@openhall/domain';
import { getNationalSchedule, publishNationalSchedule } from '@openhall/services';
import type { Context } from 'hono';
import { z } from 'zod';
import type { ApiDeps } from '../../api-deps.js';
import type { AuthEnv } from '../../auth/authenticate.js';
import { etagOf, parseIfMatch } from '../../http/etag.js';
import { problemResponses } from '../../http/responses.js';
import { bearerSecurity, IfMatchHeaderSchema } from '../admin/admin-schemas.js';
import type { RouteGroup } from '../route-groups.js';

const YearParamSchema = z.object({
  year: ScheduleYearSchema.meta({ param: { name: 'year', in: 'path' }, example: 2027 }),
});

const AuditQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) });

const stored = {
  description: "The year's schedule as now stored",
  content: { 'application/json': { schema: StoredNationalScheduleSchema } },
};

const put = createRoute({
  method: 'put',
  path: '/v1/platform/national-schedules/{year}',
  tags: ['platform'],
  summary: "Enter a year's State Council schedule once for every tenant",
  description:
    'Holidays with their names and the 调休 make-up working days. After it the year is no longer ' +
    'provisional in any tenant’s calendar; tenants’ own overrides still apply on top. Correcting a ' +
    'published year needs If-Match with its ETag.',
  security: bearerSecurity,
  request: {
    params: YearParamSchema,
    headers: IfMatchHeaderSchema,
    body: { required: true, content: { 'application/json': { schema: NationalScheduleInputSchema } } },
  },
  responses: { 200: stored, ...problemResponses(400, 401, 403, 409, 428) },
});

const get = createRoute({
  method: 'get',
  path: '/v1/platform/national-schedules/{year}',
  tags: ['platform'],
  summary: "A year's published State Council schedule, with its version",
  security: bearerSecurity,
  request: { params: YearParamSchema },
  responses: { 200: stored, ...problemResponses(400, 401, 403, 404) },
});

const audit = createRoute({
  method: 'get',
  path: '/v1/platform/national-schedules/{year}/audit',
  tags: ['platform'],
  summary: "Who published or corrected a year's schedule, when and which dates, newest first",
  security: bearerSecurity,
  request: { params: YearParamSchema, query: AuditQuerySchema },
  responses: {
    200: {
      description: 'Audit trail',
      content: {
        'application/json': { schema: z.object({ entries: z.array(NationalScheduleAuditEntrySchema) }) },
      },
    },
    ...problemResponses(400, 401, 403),
  },
});

function storedJson(c: Context<AuthEnv>, s: StoredNationalSchedule) {
  return c.json(s, 200, { etag: etagOf(s.version) });
}

/** The platform operator's national schedules: entered once, read by every tenant's calendar. */
export function registerNationalScheduleRoutes(group: RouteGroup, deps: ApiDeps): void {
  group.openapi(put, async (c) => {
    const { year } = c.req.valid('param');
    const saved = await publishNationalSchedule(deps, {
      year,
      input: c.req.valid('json'),
      actor: c.get('principal').sub,
      expectedVersion: parseIfMatch(c.req.header('if-match')),
      now: deps.now(),
    });
    return storedJson(c, saved);
  });

  group.openapi(get, async (c) => storedJson(c, await getNationalSchedule(deps, c.req.valid('param').year)));

  group.openapi(audit, async (c) => {
    const { year } = c.req.valid('param');
    const entries = await deps.nationalScheduleStore.listAudit(year, { limit: c.req.valid('query').limit });
    return c.json({ entries }, 200);
  });
}
