import { clientIdOf } from '@openhall/api';
import { type BookingView, formatBookingCode } from '@openhall/domain';
import type { Context } from 'hono';
import { renderTenantNotFound } from '../../not-found-page.js';
import { type PageContext, pageContext } from '../../page-context.js';
import { settle } from '../../page-error.js';
import { pagePaths } from '../../page-paths.js';
import type { PagesDeps } from '../../pages-deps.js';
import type { FormBody } from '../book/booking-form.js';
import { readCredentials } from './credentials.js';
import { message, renderLookup } from './my-booking-render.js';

/**
 * Runs `then` with the booking the posted code and phone prove, or answers with the lookup form
 * and what was wrong. Every page after the lookup goes through here, so each step checks anew.
 */
export async function withBooking(
  c: Context,
  deps: PagesDeps,
  then: (ctx: PageContext, booking: BookingView, body: FormBody) => Promise<Response>,
): Promise<Response> {
  const ctx = await pageContext(c, deps);
  if (!ctx) return renderTenantNotFound(c);
  ctx.here = pagePaths.myBooking(ctx.tenantId);
  const body = await c.req.parseBody();
  const credentials = readCredentials(body);
  if (!credentials.ok) {
    const { typedCode, typedPhone, wrong } = credentials;
    return renderLookup(c, ctx, { code: typedCode, phone: typedPhone, wrong }, 422);
  }
  const found = await settle(() =>
    deps.bookingService.find(ctx.tenantId, credentials.code, credentials.phone, { clientId: clientIdOf(c) }),
  );
  if (!found.ok) {
    const page = { code: formatBookingCode(credentials.code), phone: credentials.phone };
    return renderLookup(c, ctx, { ...page, refusal: message(ctx, found.refused) }, found.status);
  }
  ctx.here = pagePaths.myBooking(ctx.tenantId, found.value.code);
  return then(ctx, found.value, body);
}
