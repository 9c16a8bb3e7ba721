import { createRoute } from '@hono/zod-openapi';
import {
  BookingCodeInputSchema,
  BookingSchema,
  BookingViewSchema,
  ChangeDecisionSchema,
  DeskBookingRequestSchema,
  DispatchRequestSchema,
  LocalDateSchema,
  StaffBookingListSchema,
} from '@openhall/domain';
import { z } from 'zod';
import type { ApiDeps } from '../../api-deps.js';
import { problemResponses } from '../../http/responses.js';
import { TenantParamSchema } from '../../http/tenant-param.js';
import { bearerSecurity } from '../admin/admin-schemas.js';
import { IdempotencyKeySchema } from '../citizen/booking-routes.js';
import type { RouteGroup } from '../route-groups.js';
import { callerOf } from './staff-caller.js';

/** Staff answers carry phones in full for who must call: never cached. */
export const PRIVATE = { 'cache-control': 'no-store' };

export const StaffCodeParamSchema = TenantParamSchema.extend({
  code: BookingCodeInputSchema.meta({ param: { name: 'code', in: 'path' } }),
});

export const bookingAnswer = (description: string) => ({
  description,
  content: { 'application/json': { schema: BookingSchema } },
});

const listAnswer = (description: string) => ({
  description,
  content: { 'application/json': { schema: StaffBookingListSchema } },
});

const recordRequest = createRoute({
  method: 'post',
  path: '/v1/tenants/{tenantId}/desk/bookings',
  tags: ['staff'],
  security: bearerSecurity,
  summary: 'Record a phone or on-site booking request (预约服务登记)',
  description:
    'The desk records the form: applicant name, phone, organisation, matter, hall, booked slot and the time ' +
    'as asked. The online booking’s rules and capacity apply for the channel `desk` or `phone` (its share ' +
    'held back for the desk and phone), with the desk-phone hours (`desk_phone_closed`) and the holiday ' +
    'window (`holiday_booking_window_closed`). The request joins the dispatch queue in the same write. ' +
    'Desk, section manager and admin only.',
  request: {
    params: TenantParamSchema,
    headers: z.object({ 'Idempotency-Key': IdempotencyKeySchema }),
    body: { required: true, content: { 'application/json': { schema: DeskBookingRequestSchema } } },
  },
  responses: {
    201: { description: 'The booking', content: { 'application/json': { schema: BookingViewSchema } } },
    ...problemResponses(400, 401, 403, 404, 409, 422, 429, 503),
  },
});

const deskDay = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenantId}/desk/bookings',
  tags: ['staff'],
  security: bearerSecurity,
  summary: 'The requests the desk recorded on one day',
  request: { params: TenantParamSchema, query: z.object({ date: LocalDateSchema }) },
  responses: { 200: listAnswer('The requests, in the order recorded'), ...problemResponses(400, 401, 403) },
});

const dispatchQueue = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenantId}/dispatch/queue',
  tags: ['staff'],
  security: bearerSecurity,
  summary: 'Desk and phone requests waiting for dispatch (派单)',
  description: 'Section manager and admin only.',
  request: { params: TenantParamSchema },
  responses: { 200: listAnswer('The requests, oldest first'), ...problemResponses(401, 403) },
});

const dispatch = createRoute({
  method: 'post',
  path: '/v1/tenants/{tenantId}/staff-bookings/{code}/dispatch',
  tags: ['staff'],
  security: bearerSecurity,
  summary: 'Dispatch a request to a lead window and any cooperating windows (派单)',
  description:
    'The lead is one of the matter’s windows in the hall; cooperating windows of other departments see it ' +
    'too. Written over the version read: of two managers dispatching at once one lands, the other gets ' +
    '409 `already_dispatched`. Section manager and admin only.',
  request: {
    params: StaffCodeParamSchema,
    body: { required: true, content: { 'application/json': { schema: DispatchRequestSchema } } },
  },
  responses: {
    200: bookingAnswer('The dispatched booking'),
    ...problemResponses(400, 401, 403, 404, 409, 422, 503),
  },
});

const decideChange = createRoute({
  method: 'post',
  path: '/v1/tenants/{tenantId}/staff-bookings/{code}/change-requests/decision',
  tags: ['staff'],
  security: bearerSecurity,
  summary: 'Approve or reject the pending staff change of a booking',
  description:
    'Approved, the change must still reach the applicant `staffChangeNoticeHours` before the appointment ' +
    '(422 `staff_change_notice_too_late`) unless force majeure was recorded; it is then applied with every ' +
    'booking rule and the capacity, and the new time and the reason are kept with the booking. Section ' +
    'manager and admin only.',
  request: {
    params: StaffCodeParamSchema,
    body: { required: true, content: { 'application/json': { schema: ChangeDecisionSchema } } },
  },
  responses: {
    200: bookingAnswer('The booking after the decision'),
    ...problemResponses(400, 401, 403, 404, 409, 422, 503),
  },
});

/** The desk's routes (desk, section manager, admin). */
export function registerDeskRoutes(group: RouteGroup, deps: ApiDeps): void {
  group.openapi(recordRequest, async (c) => {
    const { tenantId } = c.req.valid('param');
    const { booking, created } = await deps.desk.record(
      tenantId,
      callerOf(c),
      c.req.valid('json'),
      c.req.valid('header')['Idempotency-Key'],
    );
    return c.json(booking, 201, {
      ...PRIVATE,
      location: `/v1/tenants/${tenantId}/staff-bookings/${booking.code}`,
      ...(created ? {} : { 'idempotent-replayed': 'true' }),
    });
  });
  group.openapi(deskDay, async (c) => {
    const { tenantId } = c.req.valid('param');
    const bookings = await deps.desk.deskDay(tenantId, c.req.valid('query').date);
    return c.json({ bookings }, 200, PRIVATE);
  });
}

/** The section manager's routes: the dispatch board and approvals. */
export function registerDispatchRoutes(group: RouteGroup, deps: ApiDeps): void {
  group.openapi(dispatchQueue, async (c) => {
    const { tenantId } = c.req.valid('param');
    return c.json({ bookings: await deps.desk.dispatchQueue(tenantId) }, 200, PRIVATE);
  });
  group.openapi(dispatch, async (c) => {
    const { tenantId, code } = c.req.valid('param');
    return c.json(await deps.desk.dispatch(tenantId, code, callerOf(c), c.req.valid('json')), 200, PRIVATE);
  });
  group.openapi(decideChange, async (c) => {
    const { tenantId, code } = c.req.valid('param');
    const { approve } = c.req.valid('json');
    return c.json(await deps.desk.decideChange(tenantId, code, callerOf(c), approve), 200, PRIVATE);
  });
}
