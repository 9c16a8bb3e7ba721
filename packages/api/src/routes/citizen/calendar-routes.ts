import { createRoute } from '@hono/zod-openapi';
import {
  buildCalendar,
  CalendarDaySchema,
  LocalDateSchema,
  NotFoundError,
  SlugSchema,
} from '@openhall/domain';
import { tenantConfigOf } from '@openhall/services';
import { z } from 'zod';
import type { ApiDeps } from '../../api-deps.js';
import { problemResponses } from '../../http/responses.js';
import { TenantParamSchema } from '../../http/tenant-param.js';
import type { RouteGroup } from '../route-groups.js';

/** Longest range one request may ask for. */
export const MAX_CALENDAR_DAYS = 366;

const DAY_MS = 86_400_000;

export const CalendarQuerySchema = z
  .object({
    from: LocalDateSchema,
    to: LocalDateSchema,
    hallId: SlugSchema.optional(),
  })
  .superRefine((q, ctx) => {
    const days = (Date.parse(q.to) - Date.parse(q.from)) / DAY_MS + 1;
    if (days < 1) ctx.addIssue({ code: 'custom', message: '`to` must not be before `from`', path: ['to'] });
    else if (days > MAX_CALENDAR_DAYS)
      ctx.addIssue({
        code: 'custom',
        message: `at most ${MAX_CALENDAR_DAYS} days per request`,
        path: ['to'],
      });
  });

export const CalendarResponseSchema = z
  .object({ tenantId: z.string(), timezone: z.literal('Asia/Shanghai'), days: z.array(CalendarDaySchema) })
  .meta({ id: 'Calendar' });

const getCalendar = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenantId}/calendar',
  tags: ['public'],
  summary: 'Kind of each day and every hall’s open intervals',
  description:
    'Working days, rest days, statutory holidays and make-up working days (调休补班) from the State Council ' +
    'schedule, with the tenant’s own overrides. Days of a year whose schedule is not yet published are ' +
    '`provisional`.',
  request: { params: TenantParamSchema, query: CalendarQuerySchema },
  responses: {
    200: { description: 'The calendar', content: { 'application/json': { schema: CalendarResponseSchema } } },
    ...problemResponses(400, 404),
  },
});

export function registerCalendarRoutes(group: RouteGroup, deps: ApiDeps): void {
  group.openapi(getCalendar, async (c) => {
    const { tenantId } = c.req.valid('param');
    const { from, to, hallId } = c.req.valid('query');
    const config = await tenantConfigOf(deps, tenantId);
    if (hallId !== undefined && !config.halls.some((h) => h.id === hallId)) {
      throw new NotFoundError(`hall "${hallId}"`, 'hall_not_found');
    }
    const days = buildCalendar({ config, from, to, ...(hallId ? { hallIds: [hallId] } : {}) });
    return c.json({ tenantId, timezone: 'Asia/Shanghai' as const, days }, 200);
  });
}
