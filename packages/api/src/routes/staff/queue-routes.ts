import { createRoute } from '@hono/zod-openapi';
import { rolesOf, type StaffPrincipal, staffIdOf, TicketSchema } from '@openhall/domain';
import type { StaffActor } from '@openhall/services';
import type { Context } from 'hono';
import type { ApiDeps } from '../../api-deps.js';
import type { AuthEnv } from '../../auth/authenticate.js';
import { problemResponses } from '../../http/responses.js';
import { TenantParamSchema } from '../../http/tenant-param.js';
import { bearerSecurity } from '../admin/admin-schemas.js';
import type { RouteGroup } from '../route-groups.js';
import {
  CheckInRequestSchema,
  HallParamSchema,
  IssueTicketRequestSchema,
  TicketCodeParamSchema,
  TicketCommandSchema,
  WindowParamSchema,
  WindowQueueSchema,
} from './queue-schemas.js';

const ticketJson = (description: string) => ({
  description,
  content: { 'application/json': { schema: TicketSchema } },
});

/** The staff member acting: the guard admitted a staff principal of this tenant. */
export function staffActorOf(c: Context<AuthEnv>): StaffActor {
  const principal = c.get('principal') as StaffPrincipal;
  return { staffId: staffIdOf(principal), roles: rolesOf(principal) };
}

const windowQueue = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenantId}/windows/{windowId}/queue',
  tags: ['staff'],
  summary: 'A window’s queue: current, waiting in call order, not yet callable, parked',
  description:
    'One Query of the hall-day’s queue. `extended` is true past closing while anyone waits (延时服务).',
  security: bearerSecurity,
  request: { params: WindowParamSchema },
  responses: {
    200: { description: 'The queue', content: { 'application/json': { schema: WindowQueueSchema } } },
    ...problemResponses(401, 403, 404),
  },
});

const callNext = createRoute({
  method: 'post',
  path: '/v1/tenants/{tenantId}/windows/{windowId}/call-next',
  tags: ['staff'],
  summary: 'Call the next ticket this window serves (叫号)',
  description:
    'Priority first (or the hall’s ratio), appointments at their time, walk-ins by arrival. The ticket is ' +
    'written `called` only over the version read, so two windows never call the same ticket; the loser takes ' +
    'the next one. `queue_empty` (409) when nothing is callable; `queue_busy` (503) after repeated races.',
  security: bearerSecurity,
  request: { params: WindowParamSchema },
  responses: { 200: ticketJson('The ticket called'), ...problemResponses(401, 403, 404, 409, 503) },
});

const ticketAction = createRoute({
  method: 'post',
  path: '/v1/tenants/{tenantId}/tickets/{code}/actions',
  tags: ['staff'],
  summary: 'Act on a ticket: recall, miss, accept, complete, park, requeue, transfer',
  description:
    'Illegal changes answer `ticket_state_invalid` (409); recall past the hall’s maxCalls `max_calls_reached`, ' +
    'missed before it `too_few_calls` (409); a window that does not hold the ticket `not_your_window` (403). ' +
    'Completing computes the service flags (lunch, extended, rest day, holiday, appointment) from the calendar; ' +
    'a booking’s ticket completes the booking in the same transaction.',
  security: bearerSecurity,
  request: {
    params: TicketCodeParamSchema,
    body: { required: true, content: { 'application/json': { schema: TicketCommandSchema } } },
  },
  responses: {
    200: ticketJson('The ticket after the action'),
    ...problemResponses(400, 401, 403, 404, 409, 503),
  },
});

const getTicket = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenantId}/tickets/{code}',
  tags: ['staff'],
  summary: 'A ticket with its service record and its trail (who and when)',
  security: bearerSecurity,
  request: { params: TicketCodeParamSchema },
  responses: { 200: ticketJson('The ticket'), ...problemResponses(401, 403, 404) },
});

const staffCheckIn = createRoute({
  method: 'post',
  path: '/v1/tenants/{tenantId}/check-ins',
  tags: ['staff'],
  summary: 'Check in a booking by its code (签到): it joins its window’s queue',
  description:
    'The booking becomes `checked-in` and its appointment ticket (same code) is created in one transaction. ' +
    'Scanning again answers the same ticket. `check_in_refused` (409) for another day, hall or status.',
  security: bearerSecurity,
  request: {
    params: TenantParamSchema,
    body: { required: true, content: { 'application/json': { schema: CheckInRequestSchema } } },
  },
  responses: { 201: ticketJson('The appointment ticket'), ...problemResponses(400, 401, 403, 404, 409, 503) },
});

const staffIssue = createRoute({
  method: 'post',
  path: '/v1/tenants/{tenantId}/halls/{hallId}/staff-tickets',
  tags: ['staff'],
  summary: 'Issue a ticket for someone at the desk (e.g. a priority ticket)',
  security: bearerSecurity,
  request: {
    params: HallParamSchema,
    body: { required: true, content: { 'application/json': { schema: IssueTicketRequestSchema } } },
  },
  responses: { 201: ticketJson('The ticket'), ...problemResponses(400, 401, 403, 404, 422, 503) },
});

export function registerStaffQueueRoutes(group: RouteGroup, deps: ApiDeps): void {
  group.openapi(windowQueue, async (c) => {
    const { tenantId, windowId } = c.req.valid('param');
    return c.json(await deps.queueService.windowQueue(tenantId, windowId, staffActorOf(c)), 200);
  });
  group.openapi(callNext, async (c) => {
    const { tenantId, windowId } = c.req.valid('param');
    return c.json((await deps.queueService.callNext(tenantId, windowId, staffActorOf(c))).ticket, 200);
  });
  group.openapi(ticketAction, async (c) => {
    const { tenantId, code } = c.req.valid('param');
    const command = c.req.valid('json');
    return c.json((await deps.queueService.change(tenantId, code, command, staffActorOf(c))).ticket, 200);
  });
  group.openapi(getTicket, async (c) => {
    const { tenantId, code } = c.req.valid('param');
    return c.json(await deps.queueService.staffTicket(tenantId, code), 200);
  });
  group.openapi(staffCheckIn, async (c) => {
    const { tenantId } = c.req.valid('param');
    const body = c.req.valid('json');
    const stored = await deps.queueService.checkIn(tenantId, body, staffActorOf(c).staffId);
    return c.json(stored.ticket, 201);
  });
  group.openapi(staffIssue, async (c) => {
    const { tenantId, hallId } = c.req.valid('param');
    const body = c.req.valid('json');
    const stored = await deps.queueService.issue(tenantId, { hallId, ...body }, staffActorOf(c).staffId);
    return c.json(stored.ticket, 201);
  });
}
