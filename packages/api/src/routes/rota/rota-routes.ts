import { createRoute } from '@hono/zod-openapi';
import {
  CoverProposalSchema,
  DayKindSchema,
  LeaveRequestSchema,
  LocalDateSchema,
  RotaDayInputSchema,
  RotaDaySchema,
  SlugSchema,
  StaffingViolationSchema,
  StrandedBookingSchema,
  TimeOffEntrySchema,
} from '@openhall/domain';
import {
  generateRotaMonth,
  getRotaDay,
  type RotaDeps,
  rotaMonth,
  saveRotaDay,
  takeLeave,
  timeOffLedger,
} from '@openhall/services';
import { z } from 'zod';
import type { ApiDeps } from '../../api-deps.js';
import { etagOf, parseIfMatch } from '../../http/etag.js';
import { problemResponses } from '../../http/responses.js';
import { bearerSecurity, CONFIRM_STRANDED_HEADER, IfMatchHeaderSchema } from '../admin/admin-schemas.js';
import type { RouteGroup } from '../route-groups.js';

const tenantId = SlugSchema.meta({ param: { name: 'tenantId', in: 'path' }, example: 'chengde-gxq' });
const hallId = SlugSchema.meta({ param: { name: 'hallId', in: 'path' }, example: 'chengde-gxq-center' });
const DayParamSchema = z.object({
  tenantId,
  hallId,
  date: LocalDateSchema.meta({ param: { name: 'date', in: 'path' } }),
});
const MonthParamSchema = z.object({
  tenantId,
  hallId,
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM')
    .meta({ param: { name: 'month', in: 'path' }, example: '2026-12' }),
});
const StaffParamSchema = z.object({
  tenantId,
  staffId: SlugSchema.meta({ param: { name: 'staffId', in: 'path' } }),
});

const HoursSchema = z.array(z.object({ from: z.string(), to: z.string() }));

export const RotaDayViewSchema = z
  .object({
    hallId: z.string(),
    date: z.string(),
    dayKind: DayKindSchema,
    provisional: z.boolean(),
    holidayName: z.string().optional(),
    hours: HoursSchema,
    rota: RotaDaySchema.optional(),
    violations: z.array(StaffingViolationSchema),
    coverProposals: z.array(CoverProposalSchema),
    stranded: z.array(StrandedBookingSchema).optional(),
  })
  .meta({ id: 'RotaDayView' });

const RotaMonthSchema = z
  .object({
    days: z.array(
      z.object({
        date: z.string(),
        dayKind: DayKindSchema,
        provisional: z.boolean(),
        holidayName: z.string().optional(),
        open: z.boolean(),
        version: z.number().int().optional(),
        violations: z.array(StaffingViolationSchema),
      }),
    ),
  })
  .meta({ id: 'RotaMonth' });

const TimeOffLedgerSchema = z
  .object({ staffId: z.string(), balanceMinutes: z.number().int(), entries: z.array(TimeOffEntrySchema) })
  .meta({ id: 'TimeOffLedger' });

const month = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenantId}/halls/{hallId}/rota-months/{month}',
  tags: ['rota'],
  summary: 'Every day of a month: kind of day, whether planned, and every staffing rule broken',
  security: bearerSecurity,
  request: { params: MonthParamSchema },
  responses: {
    200: { description: 'The month', content: { 'application/json': { schema: RotaMonthSchema } } },
    ...problemResponses(400, 401, 403, 404),
  },
});

const day = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenantId}/halls/{hallId}/rota-days/{date}',
  tags: ['rota'],
  summary: "A hall-day's duty rota, its staffing violations and A/B cover proposals",
  security: bearerSecurity,
  request: { params: DayParamSchema },
  responses: {
    200: { description: 'The day', content: { 'application/json': { schema: RotaDayViewSchema } } },
    ...problemResponses(400, 401, 403, 404),
  },
});

const putDay = createRoute({
  method: 'put',
  path: '/v1/tenants/{tenantId}/halls/{hallId}/rota-days/{date}',
  tags: ['rota'],
  summary:
    "Save a hall-day's rota from the version read (If-Match; none for a new day). Violations are answered; a change that strands bookings is 409 bookings_stranded unless confirmed",
  security: bearerSecurity,
  request: {
    params: DayParamSchema,
    headers: IfMatchHeaderSchema,
    body: { required: true, content: { 'application/json': { schema: RotaDayInputSchema } } },
  },
  responses: {
    200: { description: 'Saved', content: { 'application/json': { schema: RotaDayViewSchema } } },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

const generate = createRoute({
  method: 'post',
  path: '/v1/tenants/{tenantId}/halls/{hallId}/rota-months/{month}/generate',
  tags: ['rota'],
  summary:
    'Draft every unplanned open day of a month from the pattern (A holders and lunch rotation on working days, alternate weekends); planned days are kept',
  security: bearerSecurity,
  request: { params: MonthParamSchema },
  responses: {
    200: {
      description: 'The dates drafted, and the month as it stands now',
      content: {
        'application/json': { schema: RotaMonthSchema.extend({ drafted: z.array(z.string()) }) },
      },
    },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

const leave = createRoute({
  method: 'post',
  path: '/v1/tenants/{tenantId}/staff/{staffId}/time-off/leave',
  tags: ['rota'],
  summary:
    'Take time off in lieu (调休): the absence and its cover on the rota, the minutes off the balance; 422 leave_needs_cover (with who may cover) or leave_balance_short',
  security: bearerSecurity,
  request: {
    params: StaffParamSchema,
    body: { required: true, content: { 'application/json': { schema: LeaveRequestSchema } } },
  },
  responses: {
    200: {
      description: 'The day as now rostered, and the balance left',
      content: {
        'application/json': { schema: RotaDayViewSchema.extend({ balanceMinutes: z.number().int() }) },
      },
    },
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});

const ledger = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenantId}/staff/{staffId}/time-off',
  tags: ['rota'],
  summary: "A staff member's time off in lieu (调休/补休): ledger and balance",
  security: bearerSecurity,
  request: { params: StaffParamSchema },
  responses: {
    200: { description: 'The ledger', content: { 'application/json': { schema: TimeOffLedgerSchema } } },
    ...problemResponses(401, 403, 404),
  },
});

/** The rota use cases' ports, or a 503 where the app was wired without a rota store. */
export function rotaDepsOf(deps: ApiDeps): RotaDeps {
  if (!deps.rotaStore) throw new Error('the app was wired without a rota store');
  return { ...deps, rotaStore: deps.rotaStore };
}

/** Rota days and months (section managers and the district admin). */
export function registerRotaRoutes(group: RouteGroup, deps: ApiDeps): void {
  group.openapi(month, async (c) => {
    const p = c.req.valid('param');
    return c.json({ days: await rotaMonth(rotaDepsOf(deps), p) }, 200);
  });
  group.openapi(generate, async (c) => {
    const p = c.req.valid('param');
    const rota = rotaDepsOf(deps);
    const drafted = await generateRotaMonth(rota, { ...p, actor: c.get('principal').sub });
    return c.json({ drafted, days: await rotaMonth(rota, p) }, 200);
  });
  group.openapi(leave, async (c) => {
    const { tenantId, staffId } = c.req.valid('param');
    const view = await takeLeave(rotaDepsOf(deps), {
      tenantId,
      staffId,
      body: c.req.valid('json'),
      actor: c.get('principal').sub,
    });
    return c.json(view, 200, view.rota ? { etag: etagOf(view.rota.version) } : {});
  });
  group.openapi(day, async (c) => {
    const view = await getRotaDay(rotaDepsOf(deps), c.req.valid('param'));
    return c.json(view, 200, view.rota ? { etag: etagOf(view.rota.version) } : {});
  });
  group.openapi(putDay, async (c) => {
    const p = c.req.valid('param');
    const view = await saveRotaDay(rotaDepsOf(deps), {
      ...p,
      body: c.req.valid('json'),
      expectedVersion: parseIfMatch(c.req.header('if-match')),
      confirmStranded: c.req.header(CONFIRM_STRANDED_HEADER) === 'true',
      actor: c.get('principal').sub,
    });
    return c.json(view, 200, view.rota ? { etag: etagOf(view.rota.version) } : {});
  });
}

/** Time off in lieu (the district admin). */
export function registerTimeOffRoutes(group: RouteGroup, deps: ApiDeps): void {
  group.openapi(ledger, async (c) =>
    c.json(await timeOffLedger(rotaDepsOf(deps), c.req.valid('param')), 200),
  );
}
