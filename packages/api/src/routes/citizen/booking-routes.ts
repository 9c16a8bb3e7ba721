import { createRoute } from '@hono/zod-openapi';
import {
  ApplicantSchema,
  AvailabilityViewSchema,
  BookingCodeInputSchema,
  BookingViewSchema,
  bookingViewToIcs,
  CancelRequestSchema,
  CreateBookingRequestSchema,
  fieldErrorsOf,
  LocalDateSchema,
  RescheduleRequestSchema,
  SlugSchema,
} from '@openhall/domain';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { z } from 'zod';
import type { ApiDeps } from '../../api-deps.js';
import { clientIdOf } from '../../http/client-id.js';
import { problem, problemResponse } from '../../http/problem-response.js';
import { problemResponses } from '../../http/responses.js';
import { TenantParamSchema } from '../../http/tenant-param.js';
import type { RouteGroup } from '../route-groups.js';

/** Client-chosen, e.g. a UUID: letters, digits, `-` and `_` only, so it fits a key as it is. */
export const IdempotencyKeySchema = z
  .string({ error: 'Idempotency-Key: required, e.g. a UUID made once per booking attempt' })
  .regex(/^[A-Za-z0-9_-]{8,128}$/, 'Idempotency-Key: 8 to 128 letters, digits, "-" or "_", e.g. a UUID');

/** Header names are matched without regard to case; the key's spelling is what the document shows. */
const IdempotencyHeaderSchema = z.object({
  'Idempotency-Key': IdempotencyKeySchema.meta({ example: '5f0c7f62-2c1b-4a8e-9d7e-3b1f0a9c4e21' }),
});

export const AvailabilityQuerySchema = z.object({
  matterId: SlugSchema.meta({ param: { name: 'matterId', in: 'query' }, example: 'company-registration' }),
  hallId: SlugSchema.meta({ param: { name: 'hallId', in: 'query' }, example: 'zaozhuang-gxq-hall' }),
  date: LocalDateSchema,
});

const CodeParamSchema = TenantParamSchema.extend({
  code: BookingCodeInputSchema.meta({ param: { name: 'code', in: 'path' } }),
});

/** The phone proves the caller holds the booking; the code alone does not. */
const PhoneQuerySchema = z.object({ phone: ApplicantSchema.shape.phone });
const IcsQuerySchema = PhoneQuerySchema.extend({ lang: z.enum(['zh', 'en']).default('zh') });

/** Bookings carry personal data: no shared cache may keep them. */
const PRIVATE = { 'cache-control': 'no-store' };

const booking = (description: string) => ({
  description,
  content: { 'application/json': { schema: BookingViewSchema } },
});

/**
 * Runs before the route's validators: the header is checked before the body there, so a request
 * missing the key and with a bad body would hear only of the key. This answers both at once.
 */
const requireIdempotencyKey = createMiddleware(async (c, next) => {
  const header = IdempotencyHeaderSchema.safeParse({ 'Idempotency-Key': c.req.header('idempotency-key') });
  if (header.success) return next();
  const body: unknown = await c.req.json().catch(() => undefined);
  const parsed = CreateBookingRequestSchema.safeParse(body);
  return problemResponse(
    problem(400, 'validation_failed', 'Some fields in the headers and the request body are not valid.', {
      errors: [
        ...fieldErrorsOf(header.error, '/header'),
        ...(parsed.success ? [] : fieldErrorsOf(parsed.error, '')),
      ],
    }),
  );
});

const getAvailability = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenantId}/availability',
  tags: ['public'],
  summary: 'Free slots of a matter in a hall on one day',
  description:
    'Slots from the calendar engine and the windows serving the matter in that hall; `remaining` is what ' +
    'online booking may still take (part of every slot is held back for the desk and phone). Lead time, ' +
    'horizon and the holiday rule already apply: a slot listed is a slot a booking now accepts. When nothing ' +
    'is offered, `unavailable` gives the reason with the code a booking would be refused with.',
  request: { params: TenantParamSchema, query: AvailabilityQuerySchema },
  responses: {
    200: { description: 'The slots', content: { 'application/json': { schema: AvailabilityViewSchema } } },
    ...problemResponses(400, 404),
  },
});

const createBooking = createRoute({
  method: 'post',
  path: '/v1/tenants/{tenantId}/bookings',
  middleware: [requireIdempotencyKey] as const,
  tags: ['public'],
  summary: 'Book a slot (预约)',
  description:
    'One transaction takes the place, stores the booking, binds the Idempotency-Key and updates the ' +
    'applicant’s ledger, so no slot is sold beyond its capacity. A retry with the same key and body answers ' +
    'the same booking (header `Idempotent-Replayed: true`); the same key with another body is ' +
    '`idempotency_key_reused`. Refusals: `slot_full` (409); `lead_time`, `beyond_horizon`, `outside_hours`, ' +
    '`matter_not_offered`, `holiday_booking_window_closed`, `per_person_limit` ... (422); `rate_limited` (429). ' +
    'Where the tenant’s `phoneVerification` is `sms`, `phoneProof` must be a `booking` proof for the ' +
    'applicant’s phone (see `phone-verifications`), spent on this request: `phone_not_verified` (403) otherwise.',
  request: {
    params: TenantParamSchema,
    headers: IdempotencyHeaderSchema,
    body: { required: true, content: { 'application/json': { schema: CreateBookingRequestSchema } } },
  },
  responses: {
    201: {
      ...booking('The booking with its one-time notice (一次告知)'),
      headers: { Location: { description: 'Where to read it back', schema: { type: 'string' } } },
    },
    ...problemResponses(400, 403, 404, 409, 422, 429, 503),
  },
});

const findBooking = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenantId}/bookings/{code}',
  tags: ['public'],
  summary: 'A booking by its code and the applicant’s phone',
  description: 'A wrong phone and an unknown code get the same 404 `booking_not_found`.',
  request: { params: CodeParamSchema, query: PhoneQuerySchema },
  responses: { 200: booking('The booking'), ...problemResponses(400, 404) },
});

const lookUpBooking = createRoute({
  method: 'post',
  path: '/v1/tenants/{tenantId}/bookings/{code}/lookup',
  tags: ['public'],
  summary: 'A booking by its code, with the applicant’s phone in the body',
  description:
    'The same answer as the GET, for clients that keep the phone out of URLs (and so out of access logs ' +
    'and browser history). A wrong phone and an unknown code get the same 404 `booking_not_found`.',
  request: {
    params: CodeParamSchema,
    body: { required: true, content: { 'application/json': { schema: PhoneQuerySchema } } },
  },
  responses: { 200: booking('The booking'), ...problemResponses(400, 404) },
});

const cancelBooking = createRoute({
  method: 'post',
  path: '/v1/tenants/{tenantId}/bookings/{code}/cancel',
  tags: ['public'],
  summary: 'Cancel a booking',
  description:
    'Until `changeCutoffMinutes` before the start (422 `change_cutoff_passed`). Cancelling again answers the ' +
    'cancelled booking and gives nothing back twice.',
  request: {
    params: CodeParamSchema,
    body: { required: true, content: { 'application/json': { schema: CancelRequestSchema } } },
  },
  responses: { 200: booking('The cancelled booking'), ...problemResponses(400, 404, 409, 422, 429, 503) },
});

const rescheduleBooking = createRoute({
  method: 'post',
  path: '/v1/tenants/{tenantId}/bookings/{code}/reschedule',
  tags: ['public'],
  summary: 'Move a booking to another slot',
  description:
    'One transaction gives the old place back and takes the new one (409 `slot_full` leaves the booking ' +
    'where it was). Until `changeCutoffMinutes` before the current start.',
  request: {
    params: CodeParamSchema,
    body: { required: true, content: { 'application/json': { schema: RescheduleRequestSchema } } },
  },
  responses: { 200: booking('The moved booking'), ...problemResponses(400, 404, 409, 422, 429, 503) },
});

const bookingIcs = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenantId}/bookings/{code}.ics',
  tags: ['public'],
  summary: 'The booking as an iCalendar file for a phone calendar',
  request: { params: CodeParamSchema, query: IcsQuerySchema },
  responses: {
    200: { description: 'iCalendar (RFC 5545)', content: { 'text/calendar': { schema: z.string() } } },
    ...problemResponses(400, 404),
  },
});

const bookingQr = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenantId}/bookings/{code}/qr.svg',
  tags: ['public'],
  summary: 'The booking code as a QR code, for the desk to scan',
  request: { params: CodeParamSchema, query: PhoneQuerySchema },
  responses: {
    200: { description: 'SVG image', content: { 'image/svg+xml': { schema: z.string() } } },
    ...problemResponses(400, 404),
  },
});

/** 400 listing every field error, the way the shared validation hook does. */
function invalid(where: string, error: z.ZodError, prefix: string): Response {
  return problemResponse(
    problem(400, 'validation_failed', `Some fields in ${where} are not valid.`, {
      errors: fieldErrorsOf(error, prefix),
    }),
  );
}

function bookingPath(tenantId: string, code: string): string {
  return `/v1/tenants/${tenantId}/bookings/${code}`;
}

export function registerBookingRoutes(group: RouteGroup, deps: ApiDeps): void {
  const service = deps.bookingService;
  group.openapi(getAvailability, async (c) => {
    const { tenantId } = c.req.valid('param');
    const availability = await service.availability(tenantId, c.req.valid('query'), 'online');
    return c.json(availability, 200);
  });

  group.openapi(createBooking, async (c) => {
    const { tenantId } = c.req.valid('param');
    const { booking: view, created } = await service.create(tenantId, c.req.valid('json'), {
      idempotencyKey: c.req.valid('header')['Idempotency-Key'],
      channel: 'online',
      clientId: clientIdOf(c),
    });
    const headers = {
      ...PRIVATE,
      location: bookingPath(tenantId, view.code),
      ...(created ? {} : { 'idempotent-replayed': 'true' }),
    };
    return c.json(view, 201, headers);
  });

  // Registered before GET .../{code}, which would otherwise take "K7QXM4RTD.ics" as a code.
  group.document(bookingIcs);
  group.get('/v1/tenants/:tenantId/bookings/:file{[^/]+\\.ics}', async (c) => {
    const params = CodeParamSchema.safeParse({
      tenantId: c.req.param('tenantId'),
      code: c.req.param('file').slice(0, -'.ics'.length),
    });
    if (!params.success) return invalid('the path', params.error, '/param');
    const query = IcsQuerySchema.safeParse(c.req.query());
    if (!query.success) return invalid('the query string', query.error, '/query');
    const { tenantId, code } = params.data;
    const view = await service.find(tenantId, code, query.data.phone, { clientId: clientIdOf(c) });
    const ics = bookingViewToIcs(view, query.data.lang, {
      now: deps.now(),
      uidDomain: new URL(c.req.url).hostname,
    });
    return c.body(ics, 200, {
      ...PRIVATE,
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${view.code}.ics"`,
    });
  });

  group.openapi(findBooking, async (c) => {
    const { tenantId, code } = c.req.valid('param');
    return c.json(
      await service.find(tenantId, code, c.req.valid('query').phone, { clientId: clientIdOf(c) }),
      200,
      PRIVATE,
    );
  });

  group.openapi(lookUpBooking, async (c) => {
    const { tenantId, code } = c.req.valid('param');
    return c.json(
      await service.find(tenantId, code, c.req.valid('json').phone, { clientId: clientIdOf(c) }),
      200,
      PRIVATE,
    );
  });

  group.openapi(cancelBooking, async (c) => {
    const { tenantId, code } = c.req.valid('param');
    const view = await service.cancel(tenantId, code, c.req.valid('json'), { clientId: clientIdOf(c) });
    return c.json(view, 200, PRIVATE);
  });

  group.openapi(rescheduleBooking, async (c) => {
    const { tenantId, code } = c.req.valid('param');
    const view = await service.reschedule(tenantId, code, c.req.valid('json'), {
      clientId: clientIdOf(c),
      channel: 'online',
    });
    return c.json(view, 200, PRIVATE);
  });

  group.openapi(bookingQr, async (c) => {
    const { tenantId, code } = c.req.valid('param');
    const view = await service.find(tenantId, code, c.req.valid('query').phone, { clientId: clientIdOf(c) });
    // Loaded by the first QR request: a chunk of its own that other requests never read.
    const { default: QRCode } = await import('qrcode');
    const svg = await QRCode.toString(view.code, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return qrResponse(c, svg);
  });
}

function qrResponse(c: Context, svg: string): Response {
  return c.body(svg, 200, { ...PRIVATE, 'content-type': 'image/svg+xml; charset=utf-8' });
}
