import { createRoute } from '@hono/zod-openapi';
import {
  BookingChannelSchema,
  BookingLedgerSchema,
  BookingStatusSchema,
  ContactRequestSchema,
  LateContactRequestSchema,
  LocalDateSchema,
  SlugSchema,
  StaffBookingListSchema,
  StaffChangeRequestSchema,
} from '@openhall/domain';
import { z } from 'zod';
import type { ApiDeps } from '../../api-deps.js';
import { problemResponses } from '../../http/responses.js';
import { TenantParamSchema } from '../../http/tenant-param.js';
import { bearerSecurity } from '../admin/admin-schemas.js';
import type { RouteGroup } from '../route-groups.js';
import { bookingAnswer, PRIVATE, StaffCodeParamSchema } from './desk-routes.js';
import { callerOf } from './staff-caller.js';

const body = <S extends z.ZodType>(schema: S) => ({
  required: true,
  content: { 'application/json': { schema } },
});

const step = (path: string, summary: string, description: string, schema?: z.ZodType) =>
  createRoute({
    method: 'post',
    path: `/v1/tenants/{tenantId}/staff-bookings/{code}/${path}`,
    tags: ['staff'],
    security: bearerSecurity,
    summary,
    description,
    request: { params: StaffCodeParamSchema, ...(schema ? { body: body(schema) } : {}) },
    responses: {
      200: bookingAnswer('The booking after the step'),
      ...problemResponses(400, 401, 403, 404, 409, 422, 503),
    },
  });

const getBooking = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenantId}/staff-bookings/{code}',
  tags: ['staff'],
  security: bearerSecurity,
  summary: 'A booking with its handling and its trail (who did what, when)',
  request: { params: StaffCodeParamSchema },
  responses: { 200: bookingAnswer('The booking'), ...problemResponses(400, 401, 403, 404) },
});

const signFor = step(
  'sign-for',
  'Sign for a dispatched request (签收)',
  'The lead window signs; it cannot refuse. Signing twice: 409 `already_signed_for`; a member of another ' +
    'window: 403 `not_your_window`.',
);
const contact = step(
  'contacts',
  'Record a call to the applicant before the appointment',
  'A handler of the lead or a cooperating window, after sign-for.',
  ContactRequestSchema,
);
const notice = step(
  'notice',
  'Record the one-time notice (一次告知) sent',
  'The matter’s full materials list as the booking’s notice holds it, sent once: a second is 409 ' +
    '`notice_already_sent`.',
);
const reconfirm = step(
  'reconfirm',
  'Record the booked time as reconfirmed with the applicant',
  'After sign-for.',
);
const lateContact = step(
  'late-contacts',
  'Record the contact of a late applicant, and whether they gave up',
  'Only `lateLimitMinutes` after the start while not checked in (422 `not_late` otherwise). Giving up closes ' +
    'the booking as a no-show.',
  LateContactRequestSchema,
);
const requestChange = step(
  'change-requests',
  'Ask to change or cancel a booking (staff-initiated)',
  'Waits for the section manager’s approval. Asked less than `staffChangeNoticeHours` before the ' +
    'appointment without force majeure: 422 `staff_change_notice_too_late`.',
  StaffChangeRequestSchema,
);

const windowDay = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenantId}/windows/{windowId}/bookings',
  tags: ['staff'],
  security: bearerSecurity,
  summary: 'Bookings dispatched to a window (lead or cooperating) on one day',
  description: 'For the window’s own members, the section manager and the admin (403 `not_your_window`).',
  request: {
    params: TenantParamSchema.extend({
      windowId: SlugSchema.meta({ param: { name: 'windowId', in: 'path' } }),
    }),
    query: z.object({ date: LocalDateSchema }),
  },
  responses: {
    200: {
      description: 'The bookings, by start',
      content: { 'application/json': { schema: StaffBookingListSchema } },
    },
    ...problemResponses(400, 401, 403),
  },
});

const lateList = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenantId}/late-bookings',
  tags: ['staff'],
  security: bearerSecurity,
  summary: 'Bookings of a hall-day late now (not checked in `lateLimitMinutes` after the start)',
  request: {
    params: TenantParamSchema,
    query: z.object({ hallId: SlugSchema, date: LocalDateSchema, windowId: SlugSchema.optional() }),
  },
  responses: {
    200: {
      description: 'The late bookings',
      content: { 'application/json': { schema: StaffBookingListSchema } },
    },
    ...problemResponses(400, 401, 403),
  },
});

const ledger = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenantId}/ledger',
  tags: ['staff'],
  security: bearerSecurity,
  summary: 'The booking ledger (预约台账) of a department for one day',
  description: 'Every channel and state unless filtered; names and phones masked.',
  request: {
    params: TenantParamSchema,
    query: z.object({
      departmentId: SlugSchema,
      date: LocalDateSchema,
      channel: BookingChannelSchema.optional(),
      status: BookingStatusSchema.optional(),
    }),
  },
  responses: {
    200: { description: 'The ledger', content: { 'application/json': { schema: BookingLedgerSchema } } },
    ...problemResponses(400, 401, 403),
  },
});

/** The body the route's schema validated (the shared `step` builder loses its type). */
function jsonOf(c: { req: { valid: (target: never) => unknown } }): unknown {
  return (c.req.valid as (target: 'json') => unknown)('json');
}

/** The hall's staff: a window's list and steps, lateness, change requests, the ledger. */
export function registerHandlingRoutes(group: RouteGroup, deps: ApiDeps): void {
  const { desk } = deps;
  group.openapi(getBooking, async (c) => {
    const { tenantId, code } = c.req.valid('param');
    return c.json(await desk.get(tenantId, code, callerOf(c)), 200, PRIVATE);
  });
  group.openapi(signFor, async (c) => {
    const { tenantId, code } = c.req.valid('param');
    return c.json(await desk.signFor(tenantId, code, callerOf(c)), 200, PRIVATE);
  });
  group.openapi(contact, async (c) => {
    const { tenantId, code } = c.req.valid('param');
    return c.json(
      await desk.contact(tenantId, code, callerOf(c), ContactRequestSchema.parse(jsonOf(c))),
      200,
      PRIVATE,
    );
  });
  group.openapi(notice, async (c) => {
    const { tenantId, code } = c.req.valid('param');
    return c.json(await desk.sendNotice(tenantId, code, callerOf(c)), 200, PRIVATE);
  });
  group.openapi(reconfirm, async (c) => {
    const { tenantId, code } = c.req.valid('param');
    return c.json(await desk.reconfirm(tenantId, code, callerOf(c)), 200, PRIVATE);
  });
  group.openapi(lateContact, async (c) => {
    const { tenantId, code } = c.req.valid('param');
    const input = LateContactRequestSchema.parse(jsonOf(c));
    return c.json(await desk.lateContact(tenantId, code, callerOf(c), input), 200, PRIVATE);
  });
  group.openapi(requestChange, async (c) => {
    const { tenantId, code } = c.req.valid('param');
    const input = StaffChangeRequestSchema.parse(jsonOf(c));
    return c.json(await desk.requestChange(tenantId, code, callerOf(c), input), 200, PRIVATE);
  });
  group.openapi(windowDay, async (c) => {
    const { tenantId, windowId } = c.req.valid('param');
    return c.json(
      { bookings: await desk.windowDay(tenantId, windowId, c.req.valid('query').date, callerOf(c)) },
      200,
      PRIVATE,
    );
  });
  group.openapi(lateList, async (c) => {
    const { tenantId } = c.req.valid('param');
    const q = c.req.valid('query');
    const bookings = await desk.lateBookings(
      tenantId,
      {
        hallId: q.hallId,
        date: q.date,
        ...(q.windowId ? { windowId: q.windowId } : {}),
      },
      callerOf(c),
    );
    return c.json({ bookings }, 200, PRIVATE);
  });
  group.openapi(ledger, async (c) => {
    const { tenantId } = c.req.valid('param');
    const q = c.req.valid('query');
    return c.json(
      await desk.ledger(tenantId, {
        departmentId: q.departmentId,
        date: q.date,
        ...(q.channel ? { channel: q.channel } : {}),
        ...(q.status ? { status: q.status } : {}),
      }),
      200,
      PRIVATE,
    );
  });
}
