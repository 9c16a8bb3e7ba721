import { createRoute } from '@hono/zod-openapi';
import {
  LeaveApplicationInputSchema,
  LeaveApplicationSchema,
  SlugSchema,
  TimeOffEntrySchema,
} from '@openhall/domain';
import {
  approveLeave,
  type LeaveDeps,
  myTimeOff,
  pendingLeave,
  refuseLeave,
  requestLeave,
  withdrawLeave,
} from '@openhall/services';
import { z } from 'zod';
import type { ApiDeps } from '../../api-deps.js';
import { problemResponses } from '../../http/responses.js';
import { TenantParamSchema } from '../../http/tenant-param.js';
import { bearerSecurity } from '../admin/admin-schemas.js';
import type { RouteGroup } from '../route-groups.js';
import { PRIVATE } from '../staff/desk-routes.js';
import { callerOf } from '../staff/staff-caller.js';
import { rotaDepsOf } from './rota-routes.js';

/*
 * 调休申请 through the API, as 我的调休 and 调休审批 do on the staff pages: a member asks for leave
 * (with cover) and may withdraw it; a section manager (or the admin) approves it onto the rota and
 * the ledger, or refuses it with a reason. The member is always the signed-in principal.
 */

const RequestIdSchema = z
  .string()
  .regex(/^\d{14}-[0-9a-f]{8}$/, 'expected a leave request id')
  .meta({ param: { name: 'id', in: 'path' }, example: '20261201100000-1a2b3c4d' });
const MyRequestParamSchema = TenantParamSchema.extend({ id: RequestIdSchema });
const RequestParamSchema = TenantParamSchema.extend({
  staffId: SlugSchema.meta({ param: { name: 'staffId', in: 'path' } }),
  id: RequestIdSchema,
});

const MyTimeOffSchema = z
  .object({
    balanceMinutes: z.number().int(),
    entries: z.array(TimeOffEntrySchema),
    /** Newest first. */
    requests: z.array(LeaveApplicationSchema),
  })
  .meta({ id: 'MyTimeOff' });
const RefusalSchema = z.object({ reason: z.string().trim().min(1).max(200) }).meta({ id: 'LeaveRefusal' });
const applicationResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: LeaveApplicationSchema } },
});

const mine = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenantId}/my-time-off',
  tags: ['rota'],
  summary: '我的调休: my balance, my ledger and my leave requests',
  security: bearerSecurity,
  request: { params: TenantParamSchema },
  responses: {
    200: {
      description: 'Balance, ledger, requests',
      content: { 'application/json': { schema: MyTimeOffSchema } },
    },
    ...problemResponses(401, 403, 404),
  },
});

const ask = createRoute({
  method: 'post',
  path: '/v1/tenants/{tenantId}/my-leave-requests',
  tags: ['rota'],
  summary:
    '调休申请: ask for leave with cover; checked now against the balance less pending requests (422 leave_needs_cover, leave_balance_short)',
  security: bearerSecurity,
  request: {
    params: TenantParamSchema,
    body: { required: true, content: { 'application/json': { schema: LeaveApplicationInputSchema } } },
  },
  responses: {
    201: applicationResponse('The request, waiting for a section manager'),
    ...problemResponses(400, 401, 403, 404, 422),
  },
});

const withdraw = createRoute({
  method: 'post',
  path: '/v1/tenants/{tenantId}/my-leave-requests/{id}/withdraw',
  tags: ['rota'],
  summary: 'Withdraw my request while it waits (409 leave_request_closed once decided)',
  security: bearerSecurity,
  request: { params: MyRequestParamSchema },
  responses: {
    200: applicationResponse('The request, withdrawn'),
    ...problemResponses(401, 403, 404, 409),
  },
});

const pending = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenantId}/leave-requests',
  tags: ['rota'],
  summary: '调休审批: the requests waiting for a decision, by date',
  security: bearerSecurity,
  request: { params: TenantParamSchema },
  responses: {
    200: {
      description: 'Pending requests',
      content: { 'application/json': { schema: z.object({ requests: z.array(LeaveApplicationSchema) }) } },
    },
    ...problemResponses(401, 403),
  },
});

const approve = createRoute({
  method: 'post',
  path: '/v1/tenants/{tenantId}/staff/{staffId}/leave-requests/{id}/approve',
  tags: ['rota'],
  summary:
    'Approve: the request, the absence and cover on the rota, the ledger line and the events in one transaction; 409 leave_request_closed when decided meanwhile, 422 when the balance or cover no longer allow it',
  security: bearerSecurity,
  request: { params: RequestParamSchema },
  responses: {
    200: applicationResponse('The request, approved'),
    ...problemResponses(401, 403, 404, 409, 422),
  },
});

const refuse = createRoute({
  method: 'post',
  path: '/v1/tenants/{tenantId}/staff/{staffId}/leave-requests/{id}/refuse',
  tags: ['rota'],
  summary:
    'Refuse, with a reason (422 leave_refusal_reason_missing); 409 leave_request_closed when decided meanwhile',
  security: bearerSecurity,
  request: {
    params: RequestParamSchema,
    body: { required: true, content: { 'application/json': { schema: RefusalSchema } } },
  },
  responses: {
    200: applicationResponse('The request, refused'),
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});

function leaveDepsOf(deps: ApiDeps): LeaveDeps {
  if (!deps.leaveApplications) throw new Error('the app was wired without a leave request store');
  return { ...rotaDepsOf(deps), leaveApplications: deps.leaveApplications };
}

/** A member's own time off and leave requests (every staff member). */
export function registerMyLeaveRoutes(group: RouteGroup, deps: ApiDeps): void {
  group.openapi(mine, async (c) => {
    const { tenantId } = c.req.valid('param');
    return c.json(await myTimeOff(leaveDepsOf(deps), { tenantId, staffId: callerOf(c).id }), 200, PRIVATE);
  });
  group.openapi(ask, async (c) => {
    const { tenantId } = c.req.valid('param');
    const body = c.req.valid('json');
    return c.json(await requestLeave(leaveDepsOf(deps), { tenantId, staffId: callerOf(c).id, body }), 201);
  });
  group.openapi(withdraw, async (c) => {
    const { tenantId, id } = c.req.valid('param');
    const me = callerOf(c).id;
    return c.json(await withdrawLeave(leaveDepsOf(deps), { tenantId, staffId: me, id, actor: me }), 200);
  });
}

/** Deciding leave requests (section managers and the district admin). */
export function registerLeaveReviewRoutes(group: RouteGroup, deps: ApiDeps): void {
  group.openapi(pending, async (c) => {
    const { tenantId } = c.req.valid('param');
    return c.json({ requests: await pendingLeave(leaveDepsOf(deps), { tenantId }) }, 200, PRIVATE);
  });
  group.openapi(approve, async (c) => {
    const p = c.req.valid('param');
    return c.json(await approveLeave(leaveDepsOf(deps), { ...p, actor: callerOf(c).id }), 200);
  });
  group.openapi(refuse, async (c) => {
    const p = c.req.valid('param');
    const { reason } = c.req.valid('json');
    return c.json(await refuseLeave(leaveDepsOf(deps), { ...p, actor: callerOf(c).id, reason }), 200);
  });
}
