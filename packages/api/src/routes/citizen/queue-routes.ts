import { createRoute } from '@hono/zod-openapi';
import { CITIZEN_ACTOR } from '@openhall/services';
import { z } from 'zod';
import type { ApiDeps } from '../../api-deps.js';
import { problemResponses } from '../../http/responses.js';
import type { RouteGroup } from '../route-groups.js';
import {
  BoardSchema,
  CheckInRequestSchema,
  HallParamSchema,
  IssueTicketRequestSchema,
  PublicTicketSchema,
  TicketCodeParamSchema,
} from '../staff/queue-schemas.js';

const NO_STORE = { 'cache-control': 'no-store' };
const publicTicket = (description: string) => ({
  description,
  content: { 'application/json': { schema: PublicTicketSchema } },
});

const issue = createRoute({
  method: 'post',
  path: '/v1/tenants/{tenantId}/halls/{hallId}/tickets',
  tags: ['public'],
  summary: 'Take a ticket at the kiosk (取号)',
  description:
    'The next number of the category today (prefix + number, e.g. A023), from one atomic counter per hall, ' +
    'category and day: never two tickets with one number. `hall_closed` (422) when the hall is closed or past ' +
    'closing today (those already waiting are still served).',
  request: {
    params: HallParamSchema,
    body: { required: true, content: { 'application/json': { schema: IssueTicketRequestSchema } } },
  },
  responses: {
    201: publicTicket('The ticket, its position and estimated wait'),
    ...problemResponses(400, 404, 422, 503),
  },
});

const kioskCheckIn = createRoute({
  method: 'post',
  path: '/v1/tenants/{tenantId}/halls/{hallId}/check-ins',
  tags: ['public'],
  summary: 'Check in a booking at the kiosk by its code or QR (签到)',
  request: {
    params: HallParamSchema,
    body: {
      required: true,
      content: { 'application/json': { schema: CheckInRequestSchema.pick({ code: true }) } },
    },
  },
  responses: { 201: publicTicket('The appointment ticket'), ...problemResponses(400, 404, 409, 503) },
});

const board = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenantId}/halls/{hallId}/board',
  tags: ['public'],
  summary: 'The display board’s last calls (叫号屏), for short polling',
  description:
    'Poll every ~1.5 s with `If-None-Match`: the ETag is the board’s cursor, so an unchanged board answers 304 ' +
    'with no body. No phone or name: numbers and windows only.',
  request: { params: HallParamSchema },
  responses: {
    200: { description: 'The board', content: { 'application/json': { schema: BoardSchema } } },
    304: { description: 'Unchanged since the ETag given' },
    ...problemResponses(404),
  },
});

const status = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenantId}/queue-tickets/{code}',
  tags: ['public'],
  summary: 'A ticket on the citizen’s phone: position, estimated wait, window, outcome',
  request: { params: TicketCodeParamSchema },
  responses: { 200: publicTicket('The ticket'), ...problemResponses(400, 404) },
});

const confirm = createRoute({
  method: 'post',
  path: '/v1/tenants/{tenantId}/queue-tickets/{code}/confirmation',
  tags: ['public'],
  summary: 'The applicant confirms the service record (instead of a paper signature)',
  description: '`confirmation_refused` (409) before the service is finished or when already confirmed.',
  request: {
    params: TicketCodeParamSchema,
    body: { content: { 'application/json': { schema: z.object({}) } } },
  },
  responses: { 200: publicTicket('The ticket, confirmed'), ...problemResponses(400, 404, 409, 503) },
});

export function registerCitizenQueueRoutes(group: RouteGroup, deps: ApiDeps): void {
  group.openapi(issue, async (c) => {
    const { tenantId, hallId } = c.req.valid('param');
    const stored = await deps.queueService.issue(tenantId, { hallId, ...c.req.valid('json') }, CITIZEN_ACTOR);
    return c.json(await deps.queueService.publicTicket(tenantId, stored.ticket.code), 201, NO_STORE);
  });
  group.openapi(kioskCheckIn, async (c) => {
    const { tenantId, hallId } = c.req.valid('param');
    const { code } = c.req.valid('json');
    const stored = await deps.queueService.checkIn(tenantId, { code, hallId }, CITIZEN_ACTOR);
    return c.json(await deps.queueService.publicTicket(tenantId, stored.ticket.code), 201, NO_STORE);
  });
  group.openapi(board, async (c) => {
    const { tenantId, hallId } = c.req.valid('param');
    const view = await deps.queueService.board(tenantId, hallId);
    const etag = `"${Buffer.from(view.cursor).toString('base64url').slice(0, 200)}"`;
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, { etag, ...NO_STORE });
    return c.json(view, 200, { etag, ...NO_STORE });
  });
  group.openapi(status, async (c) => {
    const { tenantId, code } = c.req.valid('param');
    return c.json(await deps.queueService.publicTicket(tenantId, code), 200, NO_STORE);
  });
  group.openapi(confirm, async (c) => {
    const { tenantId, code } = c.req.valid('param');
    await deps.queueService.confirm(tenantId, code);
    return c.json(await deps.queueService.publicTicket(tenantId, code), 200, NO_STORE);
  });
}
