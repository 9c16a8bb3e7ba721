import { createRoute } from '@hono/zod-openapi';
import { ScheduleYearSchema, StoredNationalScheduleSchema } from '@openhall/domain';
import { getNationalSchedule } from '@openhall/services';
import { z } from 'zod';
import type { ApiDeps } from '../../api-deps.js';
import { etagOf } from '../../http/etag.js';
import { problemResponses } from '../../http/responses.js';
import type { RouteGroup } from '../route-groups.js';

const get = createRoute({
  method: 'get',
  path: '/v1/national-schedules/{year}',
  tags: ['public'],
  summary: "A year's State Council schedule as the platform published it",
  request: {
    params: z.object({
      year: ScheduleYearSchema.meta({ param: { name: 'year', in: 'path' }, example: 2027 }),
    }),
  },
  responses: {
    200: {
      description: 'The published schedule',
      content: { 'application/json': { schema: StoredNationalScheduleSchema } },
    },
    ...problemResponses(400, 404),
  },
});

/** Anyone may read a published national schedule. */
export function registerPublicNationalScheduleRoutes(group: RouteGroup, deps: ApiDeps): void {
  group.openapi(get, async (c) => {
    const stored = await getNationalSchedule(deps, c.req.valid('param').year);
    return c.json(stored, 200, { etag: etagOf(stored.version) });
  });
}
