import { createRoute } from '@hono/zod-openapi';
import {
  ApplicantSchema,
  CareNotFoundError,
  ComplaintInputSchema,
  ComplaintPublicViewSchema,
  complaintPublicView,
  MailingPublicViewSchema,
  mailingPublicView,
  normaliseBookingCode,
  RateInputSchema,
  RatingLevelSchema,
  ReopenComplaintInputSchema,
  VisitPublicViewSchema,
  VisitRequestSchema,
  visitPublicView,
} from '@openhall/domain';
import { tenantConfigOf } from '@openhall/services';
import { z } from 'zod';
import type { ApiDeps } from '../../api-deps.js';
import { problemResponses } from '../../http/responses.js';
import { TenantParamSchema } from '../../http/tenant-param.js';
import type { RouteGroup } from '../route-groups.js';
import { careOf } from './care-of.js';

const PRIVATE = { 'cache-control': 'no-store' };

const CodeParams = TenantParamSchema.extend({
  code: z
    .string()
    .min(9)
    .max(20)
    .meta({ param: { name: 'code', in: 'path' }, example: 'K7QXM4RTD' }),
});

/** A code as typed (any case, dashes) in its canonical form; anything else is simply not found. */
function canonical(code: string, kind: 'visit' | 'complaint' | 'service'): string {
  const c = normaliseBookingCode(code);
  if (!c)
    throw new CareNotFoundError(
      `${kind} "${code}"`,
      kind === 'service' ? 'service_not_ratable' : `${kind}_not_found`,
    );
  return c;
}

const json = <S extends z.ZodType>(description: string, schema: S) => ({
  description,
  content: { 'application/json': { schema } },
});

export const RatableViewSchema = z
  .object({
    departmentId: z.string(),
    windowId: z.string().optional(),
    completedAt: z.string(),
    rated: z.boolean(),
    closesAt: z.string(),
  })
  .meta({ id: 'RatableView' });

export const RatingReceiptSchema = z
  .object({ level: RatingLevelSchema, ratedAt: z.string(), followUpOpened: z.boolean() })
  .meta({ id: 'RatingReceipt' });

const requestVisit = createRoute({
  method: 'post',
  path: '/v1/tenants/{tenantId}/visits',
  tags: ['public'],
  summary: 'Ask for a door-to-door visit (上门服务) or an out-of-hours appointment (错时服务)',
  description:
    'Answered by the end of the working day of the request in the tenant’s calendar (`answerDueAt`). ' +
    'The code follows the request and rates the visit once completed. Door-to-door gives one of elderly, ' +
    'weak, sick, disabled, company-cannot-come; out-of-hours gives urgent or key-project.',
  request: {
    params: TenantParamSchema,
    body: { required: true, content: { 'application/json': { schema: VisitRequestSchema } } },
  },
  responses: {
    201: json('The request, with its code and deadline', VisitPublicViewSchema),
    ...problemResponses(400, 404),
  },
});

const lookUpVisit = createRoute({
  method: 'post',
  path: '/v1/tenants/{tenantId}/visits/{code}/lookup',
  tags: ['public'],
  summary: 'A visit by its code and the requester’s phone',
  description: 'A wrong phone and an unknown code get the same 404 `visit_not_found`.',
  request: {
    params: CodeParams,
    body: {
      required: true,
      content: { 'application/json': { schema: z.object({ phone: ApplicantSchema.shape.phone }) } },
    },
  },
  responses: { 200: json('The visit', VisitPublicViewSchema), ...problemResponses(400, 404) },
});

const ratable = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenantId}/ratings/{code}',
  tags: ['public'],
  summary: 'The completed service a rating code names (好差评)',
  description:
    'Only the department, window and completion time: a rating pad never shows an applicant’s data.',
  request: { params: CodeParams },
  responses: { 200: json('The service to rate', RatableViewSchema), ...problemResponses(404) },
});

const rate = createRoute({
  method: 'post',
  path: '/v1/tenants/{tenantId}/ratings/{code}',
  tags: ['public'],
  summary: 'Rate a completed service once (一次一评)',
  description:
    'Five national levels. 不满意 and 非常不满意 open a follow-up owned by the handling department, with ' +
    'call-back and fix deadlines in working days. A second rating is 409 `already_rated`; after the rating ' +
    'window 422 `rating_window_closed`.',
  request: {
    params: CodeParams,
    body: { required: true, content: { 'application/json': { schema: RateInputSchema } } },
  },
  responses: { 201: json('The rating', RatingReceiptSchema), ...problemResponses(400, 404, 409, 422) },
});

const complain = createRoute({
  method: 'post',
  path: '/v1/tenants/{tenantId}/complaints',
  tags: ['public'],
  summary: 'File a complaint from the web page (投诉)',
  description: 'Answered within the tenant’s working days for the web channel; the code follows it.',
  request: {
    params: TenantParamSchema,
    body: { required: true, content: { 'application/json': { schema: ComplaintInputSchema } } },
  },
  responses: { 201: json('The complaint', ComplaintPublicViewSchema), ...problemResponses(400, 404, 422) },
});

const followComplaint = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenantId}/complaints/{code}',
  tags: ['public'],
  summary: 'Follow a complaint by its code',
  request: { params: CodeParams },
  responses: {
    200: json('The complaint’s state and answer', ComplaintPublicViewSchema),
    ...problemResponses(404),
  },
});

const reopenComplaint = createRoute({
  method: 'post',
  path: '/v1/tenants/{tenantId}/complaints/{code}/reopen',
  tags: ['public'],
  summary: 'Reopen an answered or closed complaint (not satisfied with the answer)',
  request: {
    params: CodeParams,
    body: { required: true, content: { 'application/json': { schema: ReopenComplaintInputSchema } } },
  },
  responses: {
    200: json('The reopened complaint', ComplaintPublicViewSchema),
    ...problemResponses(400, 404, 409),
  },
});

const lookUpMailing = createRoute({
  method: 'post',
  path: '/v1/tenants/{tenantId}/mailings/{code}/lookup',
  tags: ['public'],
  summary: 'The mailing (寄送) of a booking or ticket, by its code and the recipient’s phone',
  description:
    'Status, carrier and tracking number; never the address. A wrong phone is 404 `mailing_not_found`.',
  request: {
    params: CodeParams,
    body: {
      required: true,
      content: { 'application/json': { schema: z.object({ phone: ApplicantSchema.shape.phone }) } },
    },
  },
  responses: { 200: json('The mailing', MailingPublicViewSchema), ...problemResponses(400, 404) },
});

export function registerCitizenCareRoutes(group: RouteGroup, deps: ApiDeps): void {
  group.openapi(requestVisit, async (c) => {
    const { tenantId } = c.req.valid('param');
    const care = careOf(deps);
    const visit = await care.visits.request(tenantId, c.req.valid('json'), 'web', { kind: 'citizen' });
    const config = await tenantConfigOf(deps, tenantId);
    return c.json(visitPublicView(visit, config.staff), 201, PRIVATE);
  });

  group.openapi(lookUpVisit, async (c) => {
    const { tenantId, code } = c.req.valid('param');
    const id = canonical(code, 'visit');
    const visit = await careOf(deps).visits.find(tenantId, id);
    if (visit.applicant.phone !== c.req.valid('json').phone)
      throw new CareNotFoundError(`visit "${id}"`, 'visit_not_found');
    const config = await tenantConfigOf(deps, tenantId);
    return c.json(visitPublicView(visit, config.staff), 200, PRIVATE);
  });

  group.openapi(ratable, async (c) => {
    const { tenantId, code } = c.req.valid('param');
    const view = await careOf(deps).ratings.ratable(tenantId, canonical(code, 'service'));
    const { service } = view;
    return c.json(
      {
        departmentId: service.departmentId,
        ...(service.windowId ? { windowId: service.windowId } : {}),
        completedAt: service.completedAt,
        rated: view.rated,
        closesAt: view.closesAt,
      },
      200,
      PRIVATE,
    );
  });

  group.openapi(rate, async (c) => {
    const { tenantId, code } = c.req.valid('param');
    const { rating, followUp } = await careOf(deps).ratings.rate(
      tenantId,
      canonical(code, 'service'),
      c.req.valid('json'),
    );
    return c.json(
      { level: rating.level, ratedAt: rating.ratedAt, followUpOpened: followUp !== undefined },
      201,
      PRIVATE,
    );
  });

  group.openapi(lookUpMailing, async (c) => {
    const { tenantId, code } = c.req.valid('param');
    const mailing = await careOf(deps).mailings.of(tenantId, code.toUpperCase().replace(/-/g, ''));
    if (!mailing || mailing.recipient.phone !== c.req.valid('json').phone)
      throw new CareNotFoundError(`mailing "${code}"`, 'mailing_not_found');
    return c.json(mailingPublicView(mailing), 200, PRIVATE);
  });

  group.openapi(complain, async (c) => {
    const { tenantId } = c.req.valid('param');
    const complaint = await careOf(deps).complaints.open(tenantId, 'web', c.req.valid('json'), {
      kind: 'citizen',
    });
    return c.json(complaintPublicView(complaint), 201, PRIVATE);
  });

  group.openapi(followComplaint, async (c) => {
    const { tenantId, code } = c.req.valid('param');
    const complaint = await careOf(deps).complaints.find(tenantId, canonical(code, 'complaint'));
    return c.json(complaintPublicView(complaint), 200, PRIVATE);
  });

  group.openapi(reopenComplaint, async (c) => {
    const { tenantId, code } = c.req.valid('param');
    const complaint = await careOf(deps).complaints.reopen(
      tenantId,
      canonical(code, 'complaint'),
      c.req.valid('json').reason,
      { kind: 'citizen' },
    );
    return c.json(complaintPublicView(complaint), 200, PRIVATE);
  });
}
