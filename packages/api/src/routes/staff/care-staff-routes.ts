import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import {
  AnswerComplaintInputSchema,
  AssignComplaintInputSchema,
  CaseFileInputSchema,
  CaseFileSchema,
  CaseNoteInputSchema,
  CaseReassignInputSchema,
  ComplaintChannelSchema,
  ComplaintInputSchema,
  ComplaintSchema,
  FollowUpCloseInputSchema,
  FollowUpNoteInputSchema,
  FollowUpSchema,
  MailingInputSchema,
  MailingSchema,
  MailingStepInputSchema,
  OverdueItemSchema,
  type Principal,
  RatingSchema,
  ReopenComplaintInputSchema,
  RequestChannelSchema,
  type StaffPrincipal,
  TextLinesSchema,
  VisitAcceptanceInputSchema,
  VisitCompletionInputSchema,
  VisitRefusalInputSchema,
  VisitRequestSchema,
  VisitSchema,
} from '@openhall/domain';
import type { Context } from 'hono';
import { z } from 'zod';
import type { ApiDeps } from '../../api-deps.js';
import type { AuthEnv } from '../../auth/authenticate.js';
import { problemResponses } from '../../http/responses.js';
import { TenantParamSchema } from '../../http/tenant-param.js';
import { careOf } from '../citizen/care-of.js';
import type { RouteGroup } from '../route-groups.js';
import { staffActor } from './staff-actor.js';

const PRIVATE = { 'cache-control': 'no-store' };
const IdParams = TenantParamSchema.extend({
  id: z
    .string()
    .min(2)
    .max(128)
    .meta({ param: { name: 'id', in: 'path' }, example: 'K7QXM4RTD' }),
});
const BASE = '/v1/tenants/{tenantId}/staff';
const TAGS = ['staff'];

const json = <S extends z.ZodType>(description: string, schema: S) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = <S extends z.ZodType>(schema: S) => ({
  required: true,
  content: { 'application/json': { schema } },
});

/** A staff route: documented, guarded by the staff group, answering problem+json on refusals. */
function staffRoute<R extends Omit<RouteConfig, 'tags'>>(route: R) {
  return createRoute({ ...route, tags: TAGS });
}

function principalOf(c: Context<AuthEnv>): StaffPrincipal {
  return c.get('principal') as Extract<Principal, { tenantId: string }>;
}

export const StaffVisitRequestSchema = z
  .object({ channel: RequestChannelSchema.exclude(['web']), request: VisitRequestSchema })
  .meta({ id: 'StaffVisitRequest' });
export const StaffComplaintInputSchema = z
  .object({ channel: ComplaintChannelSchema, complaint: ComplaintInputSchema })
  .meta({ id: 'StaffComplaintInput' });
const ReasonSchema = z.object({ reason: TextLinesSchema(1000) }).meta({ id: 'ReasonInput' });
const DecisionSchema = z
  .object({ uphold: z.boolean(), reason: TextLinesSchema(1000) })
  .meta({ id: 'AppealDecisionInput' });

const routes = {
  createVisit: staffRoute({
    method: 'post',
    path: `${BASE}/visits`,
    summary: 'Record a visit request taken by phone or at the desk',
    request: { params: TenantParamSchema, body: body(StaffVisitRequestSchema) },
    responses: { 201: json('The visit', VisitSchema), ...problemResponses(400, 401, 403, 404) },
  }),
  listVisits: staffRoute({
    method: 'get',
    path: `${BASE}/visits`,
    summary: 'Visits waiting for an answer and accepted ones',
    request: { params: TenantParamSchema },
    responses: {
      200: json('Open visits', z.object({ requested: z.array(VisitSchema), accepted: z.array(VisitSchema) })),
      ...problemResponses(401, 403),
    },
  }),
  getVisit: staffRoute({
    method: 'get',
    path: `${BASE}/visits/{id}`,
    summary: 'One visit with its trail',
    request: { params: IdParams },
    responses: { 200: json('The visit', VisitSchema), ...problemResponses(401, 403, 404) },
  }),
  acceptVisit: staffRoute({
    method: 'post',
    path: `${BASE}/visits/{id}/accept`,
    summary: 'Accept a visit: time, place, one-time notice, at least two staff for a home visit',
    description:
      '422 `two_staff_required`, `staff_not_in_directory`, `not_out_of_hours`; 409 when no longer requested.',
    request: { params: IdParams, body: body(VisitAcceptanceInputSchema) },
    responses: {
      200: json('The accepted visit', VisitSchema),
      ...problemResponses(400, 401, 403, 404, 409, 422),
    },
  }),
  refuseVisit: staffRoute({
    method: 'post',
    path: `${BASE}/visits/{id}/refuse`,
    summary: 'Refuse a visit: the hall’s approval (section manager) and a reason told to the requester',
    request: { params: IdParams, body: body(VisitRefusalInputSchema) },
    responses: { 200: json('The refused visit', VisitSchema), ...problemResponses(400, 401, 403, 404, 409) },
  }),
  completeVisit: staffRoute({
    method: 'post',
    path: `${BASE}/visits/{id}/complete`,
    summary: 'Record the visit as done (time off in lieu recorded out of working time)',
    request: { params: IdParams, body: body(VisitCompletionInputSchema) },
    responses: {
      200: json('The completed visit', VisitSchema),
      ...problemResponses(400, 401, 403, 404, 409),
    },
  }),
  listFollowUps: staffRoute({
    method: 'get',
    path: `${BASE}/follow-ups`,
    summary: 'Open 差评 follow-ups, soonest deadline first',
    request: { params: TenantParamSchema },
    responses: { 200: json('Open follow-ups', z.array(FollowUpSchema)), ...problemResponses(401, 403) },
  }),
  getFollowUp: staffRoute({
    method: 'get',
    path: `${BASE}/follow-ups/{id}`,
    summary: 'One follow-up with its trail',
    request: { params: IdParams },
    responses: { 200: json('The follow-up', FollowUpSchema), ...problemResponses(401, 403, 404) },
  }),
  callBack: staffRoute({
    method: 'post',
    path: `${BASE}/follow-ups/{id}/callback`,
    summary: 'Record the call-back (回访) with a note',
    request: { params: IdParams, body: body(FollowUpNoteInputSchema) },
    responses: { 200: json('The follow-up', FollowUpSchema), ...problemResponses(400, 401, 403, 404, 409) },
  }),
  fix: staffRoute({
    method: 'post',
    path: `${BASE}/follow-ups/{id}/fix`,
    summary: 'Record the fix (整改)',
    request: { params: IdParams, body: body(FollowUpNoteInputSchema) },
    responses: { 200: json('The follow-up', FollowUpSchema), ...problemResponses(400, 401, 403, 404, 409) },
  }),
  closeFollowUp: staffRoute({
    method: 'post',
    path: `${BASE}/follow-ups/{id}/close`,
    summary: 'Close the follow-up with the result told to the applicant',
    description: 'Two staff closing at once: one closes it, the other gets 409 `care_invalid_transition`.',
    request: { params: IdParams, body: body(FollowUpCloseInputSchema) },
    responses: {
      200: json('The closed follow-up', FollowUpSchema),
      ...problemResponses(400, 401, 403, 404, 409),
    },
  }),
  getRating: staffRoute({
    method: 'get',
    path: `${BASE}/ratings/{id}`,
    summary: 'One rating with its appeal and trail',
    request: { params: IdParams },
    responses: { 200: json('The rating', RatingSchema), ...problemResponses(401, 403, 404) },
  }),
  listAppeals: staffRoute({
    method: 'get',
    path: `${BASE}/appeals`,
    summary: 'Ratings whose appeal (申诉复核) waits for the section manager',
    request: { params: TenantParamSchema },
    responses: { 200: json('Pending appeals', z.array(RatingSchema)), ...problemResponses(401, 403) },
  }),
  appeal: staffRoute({
    method: 'post',
    path: `${BASE}/ratings/{id}/appeal`,
    summary: 'The handling department appeals a malicious or mistaken rating',
    request: { params: IdParams, body: body(ReasonSchema) },
    responses: { 200: json('The rating', RatingSchema), ...problemResponses(400, 401, 403, 404, 409) },
  }),
  decideAppeal: staffRoute({
    method: 'post',
    path: `${BASE}/ratings/{id}/appeal-decision`,
    summary: 'The section manager upholds (voids the rating) or rejects an appeal',
    request: { params: IdParams, body: body(DecisionSchema) },
    responses: { 200: json('The rating', RatingSchema), ...problemResponses(400, 401, 403, 404, 409) },
  }),
  createComplaint: staffRoute({
    method: 'post',
    path: `${BASE}/complaints`,
    summary: 'Record a complaint from any channel (phone, 办不成事, 吐槽找茬, 12345, a bad rating)',
    request: { params: TenantParamSchema, body: body(StaffComplaintInputSchema) },
    responses: { 201: json('The complaint', ComplaintSchema), ...problemResponses(400, 401, 403, 404, 422) },
  }),
  listComplaints: staffRoute({
    method: 'get',
    path: `${BASE}/complaints`,
    summary: 'Open complaints (soonest due first) and answered ones to close',
    request: { params: TenantParamSchema },
    responses: {
      200: json(
        'Complaints',
        z.object({ open: z.array(ComplaintSchema), answered: z.array(ComplaintSchema) }),
      ),
      ...problemResponses(401, 403),
    },
  }),
  getComplaint: staffRoute({
    method: 'get',
    path: `${BASE}/complaints/{id}`,
    summary: 'One complaint with its trail',
    request: { params: IdParams },
    responses: { 200: json('The complaint', ComplaintSchema), ...problemResponses(401, 403, 404) },
  }),
  assignComplaint: staffRoute({
    method: 'post',
    path: `${BASE}/complaints/{id}/assign`,
    summary: 'Give a complaint an owner in a department',
    request: { params: IdParams, body: body(AssignComplaintInputSchema) },
    responses: {
      200: json('The complaint', ComplaintSchema),
      ...problemResponses(400, 401, 403, 404, 409, 422),
    },
  }),
  answerComplaint: staffRoute({
    method: 'post',
    path: `${BASE}/complaints/{id}/answer`,
    summary: 'Answer a complaint, saying how the answer reached the complainant',
    request: { params: IdParams, body: body(AnswerComplaintInputSchema) },
    responses: {
      200: json('The complaint', ComplaintSchema),
      ...problemResponses(400, 401, 403, 404, 409, 422),
    },
  }),
  closeComplaint: staffRoute({
    method: 'post',
    path: `${BASE}/complaints/{id}/close`,
    summary: 'Close an answered complaint',
    request: { params: IdParams },
    responses: { 200: json('The complaint', ComplaintSchema), ...problemResponses(401, 403, 404, 409) },
  }),
  reopenComplaint: staffRoute({
    method: 'post',
    path: `${BASE}/complaints/{id}/reopen`,
    summary: 'Reopen a complaint with a new deadline',
    request: { params: IdParams, body: body(ReopenComplaintInputSchema) },
    responses: { 200: json('The complaint', ComplaintSchema), ...problemResponses(400, 401, 403, 404, 409) },
  }),
  createCase: staffRoute({
    method: 'post',
    path: `${BASE}/cases`,
    summary: 'Open a special-handling (特事特办) or help (帮办代办) case',
    request: { params: TenantParamSchema, body: body(CaseFileInputSchema) },
    responses: { 201: json('The case', CaseFileSchema), ...problemResponses(400, 401, 403, 422) },
  }),
  listCases: staffRoute({
    method: 'get',
    path: `${BASE}/cases`,
    summary: 'Open cases, soonest due first',
    request: { params: TenantParamSchema },
    responses: { 200: json('Open cases', z.array(CaseFileSchema)), ...problemResponses(401, 403) },
  }),
  getCase: staffRoute({
    method: 'get',
    path: `${BASE}/cases/{id}`,
    summary: 'One case with its progress notes',
    request: { params: IdParams },
    responses: { 200: json('The case', CaseFileSchema), ...problemResponses(401, 403, 404) },
  }),
  noteCase: staffRoute({
    method: 'post',
    path: `${BASE}/cases/{id}/notes`,
    summary: 'Add a progress note or help step; `done` completes the case',
    request: { params: IdParams, body: body(CaseNoteInputSchema) },
    responses: { 200: json('The case', CaseFileSchema), ...problemResponses(400, 401, 403, 404, 409) },
  }),
  reassignCase: staffRoute({
    method: 'post',
    path: `${BASE}/cases/{id}/reassignment`,
    summary: 'Give a case (帮办代办 assignment) to another staff member, with the reason kept',
    description:
      'The current owner or a section manager / district admin; the owner’s department follows the member. ' +
      'A case is closed with a note and `done: true`.',
    request: { params: IdParams, body: body(CaseReassignInputSchema) },
    responses: {
      200: json('The case', CaseFileSchema),
      ...problemResponses(400, 401, 403, 404, 409, 422),
    },
  }),
  createMailing: staffRoute({
    method: 'post',
    path: `${BASE}/mailings`,
    summary: 'Register a mailing (寄送) for a booking or ticket: one-way or two-way, with the address',
    request: { params: TenantParamSchema, body: body(MailingInputSchema) },
    responses: { 201: json('The mailing', MailingSchema), ...problemResponses(400, 401, 403, 422) },
  }),
  getMailing: staffRoute({
    method: 'get',
    path: `${BASE}/mailings/{id}`,
    summary: 'The mailing of a booking or ticket',
    request: { params: IdParams },
    responses: { 200: json('The mailing', MailingSchema), ...problemResponses(401, 403, 404) },
  }),
  advanceMailing: staffRoute({
    method: 'post',
    path: `${BASE}/mailings/{id}/advance`,
    summary: 'Materials received (two-way), result sent with carrier and tracking number, delivered',
    request: { params: IdParams, body: body(MailingStepInputSchema) },
    responses: { 200: json('The mailing', MailingSchema), ...problemResponses(400, 401, 403, 404, 409, 422) },
  }),
  overdue: staffRoute({
    method: 'get',
    path: `${BASE}/overdue`,
    summary: 'The overdue list: unanswered requests, late follow-ups, complaints and cases',
    request: { params: TenantParamSchema },
    responses: {
      200: json('Overdue items, most overdue first', z.array(OverdueItemSchema)),
      ...problemResponses(401, 403),
    },
  }),
};

export function registerStaffCareRoutes(group: RouteGroup, deps: ApiDeps): void {
  const actor = (c: Context<AuthEnv>) => staffActor(deps, principalOf(c));
  const care = () => careOf(deps);

  group.openapi(routes.createVisit, async (c) => {
    const { tenantId } = c.req.valid('param');
    const { channel, request } = c.req.valid('json');
    return c.json(await care().visits.request(tenantId, request, channel, await actor(c)), 201, PRIVATE);
  });
  group.openapi(routes.listVisits, async (c) =>
    c.json(await care().visits.open(c.req.valid('param').tenantId), 200, PRIVATE),
  );
  group.openapi(routes.getVisit, async (c) => {
    const { tenantId, id } = c.req.valid('param');
    return c.json(await care().visits.find(tenantId, id), 200, PRIVATE);
  });
  group.openapi(routes.acceptVisit, async (c) => {
    const { tenantId, id } = c.req.valid('param');
    return c.json(
      await care().visits.accept(tenantId, id, c.req.valid('json'), await actor(c)),
      200,
      PRIVATE,
    );
  });
  group.openapi(routes.refuseVisit, async (c) => {
    const { tenantId, id } = c.req.valid('param');
    return c.json(
      await care().visits.refuse(tenantId, id, c.req.valid('json'), await actor(c)),
      200,
      PRIVATE,
    );
  });
  group.openapi(routes.completeVisit, async (c) => {
    const { tenantId, id } = c.req.valid('param');
    return c.json(
      await care().visits.complete(tenantId, id, c.req.valid('json'), await actor(c)),
      200,
      PRIVATE,
    );
  });

  group.openapi(routes.listFollowUps, async (c) =>
    c.json(await care().followUps.open(c.req.valid('param').tenantId), 200, PRIVATE),
  );
  group.openapi(routes.getFollowUp, async (c) => {
    const { tenantId, id } = c.req.valid('param');
    return c.json(await care().followUps.find(tenantId, id), 200, PRIVATE);
  });
  group.openapi(routes.callBack, async (c) => {
    const { tenantId, id } = c.req.valid('param');
    return c.json(
      await care().followUps.callBack(tenantId, id, c.req.valid('json').note, await actor(c)),
      200,
      PRIVATE,
    );
  });
  group.openapi(routes.fix, async (c) => {
    const { tenantId, id } = c.req.valid('param');
    return c.json(
      await care().followUps.fix(tenantId, id, c.req.valid('json').note, await actor(c)),
      200,
      PRIVATE,
    );
  });
  group.openapi(routes.closeFollowUp, async (c) => {
    const { tenantId, id } = c.req.valid('param');
    return c.json(
      await care().followUps.close(tenantId, id, c.req.valid('json'), await actor(c)),
      200,
      PRIVATE,
    );
  });

  group.openapi(routes.getRating, async (c) => {
    const { tenantId, id } = c.req.valid('param');
    return c.json(await care().ratings.find(tenantId, id), 200, PRIVATE);
  });
  group.openapi(routes.listAppeals, async (c) =>
    c.json(await care().ratings.pendingAppeals(c.req.valid('param').tenantId), 200, PRIVATE),
  );
  group.openapi(routes.appeal, async (c) => {
    const { tenantId, id } = c.req.valid('param');
    return c.json(
      await care().ratings.appeal(tenantId, id, c.req.valid('json').reason, await actor(c)),
      200,
      PRIVATE,
    );
  });
  group.openapi(routes.decideAppeal, async (c) => {
    const { tenantId, id } = c.req.valid('param');
    return c.json(
      await care().ratings.decideAppeal(tenantId, id, c.req.valid('json'), await actor(c)),
      200,
      PRIVATE,
    );
  });

  group.openapi(routes.createComplaint, async (c) => {
    const { tenantId } = c.req.valid('param');
    const { channel, complaint } = c.req.valid('json');
    return c.json(await care().complaints.open(tenantId, channel, complaint, await actor(c)), 201, PRIVATE);
  });
  group.openapi(routes.listComplaints, async (c) =>
    c.json(await care().complaints.list(c.req.valid('param').tenantId), 200, PRIVATE),
  );
  group.openapi(routes.getComplaint, async (c) => {
    const { tenantId, id } = c.req.valid('param');
    return c.json(await care().complaints.find(tenantId, id), 200, PRIVATE);
  });
  group.openapi(routes.assignComplaint, async (c) => {
    const { tenantId, id } = c.req.valid('param');
    return c.json(
      await care().complaints.assign(tenantId, id, c.req.valid('json'), await actor(c)),
      200,
      PRIVATE,
    );
  });
  group.openapi(routes.answerComplaint, async (c) => {
    const { tenantId, id } = c.req.valid('param');
    return c.json(
      await care().complaints.answer(tenantId, id, c.req.valid('json'), await actor(c)),
      200,
      PRIVATE,
    );
  });
  group.openapi(routes.closeComplaint, async (c) => {
    const { tenantId, id } = c.req.valid('param');
    return c.json(await care().complaints.close(tenantId, id, await actor(c)), 200, PRIVATE);
  });
  group.openapi(routes.reopenComplaint, async (c) => {
    const { tenantId, id } = c.req.valid('param');
    return c.json(
      await care().complaints.reopen(tenantId, id, c.req.valid('json').reason, await actor(c)),
      200,
      PRIVATE,
    );
  });

  group.openapi(routes.createCase, async (c) => {
    const { tenantId } = c.req.valid('param');
    return c.json(await care().cases.open(tenantId, c.req.valid('json'), await actor(c)), 201, PRIVATE);
  });
  group.openapi(routes.listCases, async (c) =>
    c.json(await care().cases.list(c.req.valid('param').tenantId), 200, PRIVATE),
  );
  group.openapi(routes.getCase, async (c) => {
    const { tenantId, id } = c.req.valid('param');
    return c.json(await care().cases.find(tenantId, id), 200, PRIVATE);
  });
  group.openapi(routes.noteCase, async (c) => {
    const { tenantId, id } = c.req.valid('param');
    return c.json(await care().cases.note(tenantId, id, c.req.valid('json'), await actor(c)), 200, PRIVATE);
  });
  group.openapi(routes.reassignCase, async (c) => {
    const { tenantId, id } = c.req.valid('param');
    return c.json(
      await care().cases.reassign(tenantId, id, c.req.valid('json'), await actor(c)),
      200,
      PRIVATE,
    );
  });
  group.openapi(routes.createMailing, async (c) => {
    const { tenantId } = c.req.valid('param');
    return c.json(await care().mailings.request(tenantId, c.req.valid('json'), await actor(c)), 201, PRIVATE);
  });
  group.openapi(routes.getMailing, async (c) => {
    const { tenantId, id } = c.req.valid('param');
    return c.json(await care().mailings.find(tenantId, id), 200, PRIVATE);
  });
  group.openapi(routes.advanceMailing, async (c) => {
    const { tenantId, id } = c.req.valid('param');
    return c.json(
      await care().mailings.advance(tenantId, id, c.req.valid('json'), await actor(c)),
      200,
      PRIVATE,
    );
  });
  group.openapi(routes.overdue, async (c) =>
    c.json(await care().overdueItems(c.req.valid('param').tenantId), 200, PRIVATE),
  );
}
