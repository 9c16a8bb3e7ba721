import { createRoute } from '@hono/zod-openapi';
import {
  ConfirmPhoneVerificationRequestSchema,
  MyBookingsRequestSchema,
  MyBookingsSchema,
  PhoneProofSchema,
  PhoneVerificationStartedSchema,
  StartPhoneVerificationRequestSchema,
  VerificationIdSchema,
} from '@openhall/domain';
import type { ApiDeps } from '../../api-deps.js';
import { clientIdOf } from '../../http/client-id.js';
import { problemResponses } from '../../http/responses.js';
import { TenantParamSchema } from '../../http/tenant-param.js';
import type { RouteGroup } from '../route-groups.js';

/** Proofs and bookings are personal: no shared cache may keep them. */
const PRIVATE = { 'cache-control': 'no-store' };

const VerificationParamSchema = TenantParamSchema.extend({
  verificationId: VerificationIdSchema.meta({ param: { name: 'verificationId', in: 'path' } }),
});

const startVerification = createRoute({
  method: 'post',
  path: '/v1/tenants/{tenantId}/phone-verifications',
  tags: ['public'],
  summary: 'Send an SMS code to a phone (短信验证码)',
  description:
    'Sends a 6-digit code, good for 5 minutes and 5 tries. `purpose` says what the confirmed phone may do: ' +
    '`booking` (one booking, where the tenant’s `phoneVerification` is `sms`) or `my-bookings` (list its ' +
    'bookings). Refusals: `resend_too_soon` (429, within a minute of the last code), `rate_limited` (429, ' +
    'more than 5 codes an hour to the phone or too many from one address), `sms_unavailable` (503).',
  request: {
    params: TenantParamSchema,
    body: {
      required: true,
      content: { 'application/json': { schema: StartPhoneVerificationRequestSchema } },
    },
  },
  responses: {
    202: {
      description: 'The code was handed to the SMS provider',
      content: { 'application/json': { schema: PhoneVerificationStartedSchema } },
    },
    ...problemResponses(400, 404, 429, 503),
  },
});

const confirmVerification = createRoute({
  method: 'post',
  path: '/v1/tenants/{tenantId}/phone-verifications/{verificationId}/confirm',
  tags: ['public'],
  summary: 'Confirm a phone with the code it received',
  description:
    'The right code answers a proof for the phone and purpose, shown once. A wrong code answers ' +
    '`verification_code_wrong` with `triesLeft`; after the fifth the verification is dead ' +
    '(`verification_locked`); a code older than 5 minutes is `verification_expired`.',
  request: {
    params: VerificationParamSchema,
    body: {
      required: true,
      content: { 'application/json': { schema: ConfirmPhoneVerificationRequestSchema } },
    },
  },
  responses: {
    200: { description: 'The proof', content: { 'application/json': { schema: PhoneProofSchema } } },
    ...problemResponses(400, 404, 409, 422),
  },
});

const myBookings = createRoute({
  method: 'post',
  path: '/v1/tenants/{tenantId}/my-bookings',
  tags: ['public'],
  summary: 'Every active booking of a confirmed phone (我的预约)',
  description:
    'For a citizen who lost a booking code: the phone and a `my-bookings` proof for it list that phone’s ' +
    'active bookings in this tenant, ordered by start. A proof of another phone, purpose or tenant is ' +
    '`phone_not_verified` (403).',
  request: {
    params: TenantParamSchema,
    body: { required: true, content: { 'application/json': { schema: MyBookingsRequestSchema } } },
  },
  responses: {
    200: { description: 'The bookings', content: { 'application/json': { schema: MyBookingsSchema } } },
    ...problemResponses(400, 403, 404, 429),
  },
});

export function registerPhoneVerificationRoutes(group: RouteGroup, deps: ApiDeps): void {
  group.openapi(startVerification, async (c) => {
    const { tenantId } = c.req.valid('param');
    const started = await deps.phoneVerification.start(tenantId, c.req.valid('json'), {
      clientId: clientIdOf(c),
    });
    return c.json(started, 202, PRIVATE);
  });

  group.openapi(confirmVerification, async (c) => {
    const { tenantId, verificationId } = c.req.valid('param');
    const proof = await deps.phoneVerification.confirm(tenantId, verificationId, c.req.valid('json').code);
    return c.json(proof, 200, PRIVATE);
  });

  group.openapi(myBookings, async (c) => {
    const { tenantId } = c.req.valid('param');
    const list = await deps.phoneVerification.myBookings(tenantId, c.req.valid('json'), {
      clientId: clientIdOf(c),
    });
    return c.json(list, 200, PRIVATE);
  });
}
