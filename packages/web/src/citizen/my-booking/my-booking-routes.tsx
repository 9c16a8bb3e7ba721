import { clientIdOf } from '@openhall/api';
import { bookingViewToIcs, DomainError, formatBookingCode, mailingPublicView } from '@openhall/domain';
import type { Context } from 'hono';
import { renderTenantNotFound } from '../../not-found-page.js';
import { pageContext } from '../../page-context.js';
import { settle } from '../../page-error.js';
import type { PagesDeps } from '../../pages-deps.js';
import { renderPage, setPageHeaders } from '../../render-page.js';
import { formText } from '../book/booking-form.js';
import { CancelPage } from './cancel-page.js';
import { message, renderBooking, renderLookup } from './my-booking-render.js';
import { withBooking } from './with-booking.js';

/** GET /t/{tenantId}/my-booking[?code=]: the lookup form. */
export function showLookup(deps: PagesDeps) {
  return async (c: Context): Promise<Response> => {
    const ctx = await pageContext(c, deps);
    if (!ctx) return renderTenantNotFound(c);
    return renderLookup(c, ctx, { code: (c.req.query('code') ?? '').slice(0, 20), phone: '' });
  };
}

/** POST /t/{tenantId}/my-booking: the booking for a code and phone. */
export function lookUpBooking(deps: PagesDeps) {
  return (c: Context) =>
    withBooking(c, deps, async (ctx, booking) => {
      const [mailing, ticket] = await Promise.all([
        deps.care?.mailings.of(ctx.tenantId, booking.code),
        // The appointment ticket carries the booking's code: its record holds any 承诺办理 commitment.
        booking.status === 'checked-in' || booking.status === 'completed'
          ? deps.queueService.publicTicket(ctx.tenantId, booking.code).catch((e: unknown) => {
              if (e instanceof DomainError) return undefined;
              throw e;
            })
          : undefined,
      ]);
      return renderBooking(
        c,
        ctx,
        booking,
        {},
        200,
        mailing ? mailingPublicView(mailing) : undefined,
        ticket?.commitment,
      );
    });
}

/** POST /t/{tenantId}/my-booking/cancel: the confirmation step, then (with confirm=yes) the cancellation. */
export function cancelBooking(deps: PagesDeps) {
  return (c: Context) =>
    withBooking(c, deps, async (ctx, booking, body) => {
      if (booking.status !== 'booked') return renderBooking(c, ctx, booking);
      if (formText(body, 'confirm') !== 'yes') {
        return renderPage(c, ctx, {
          title: ctx.t.myBooking.cancelTitle,
          cache: 'personal',
          body: <CancelPage ctx={ctx} booking={booking} />,
        });
      }
      const cancelled = await settle(() =>
        deps.bookingService.cancel(
          ctx.tenantId,
          booking.code,
          { phone: booking.applicant.phone },
          { clientId: clientIdOf(c) },
        ),
      );
      if (cancelled.ok) return renderBooking(c, ctx, cancelled.value, { done: ctx.t.myBooking.cancelled });
      return renderBooking(c, ctx, booking, { refusal: message(ctx, cancelled.refused) }, cancelled.status);
    });
}

/**
 * POST /t/{tenantId}/my-booking/ics: the booking as a calendar file, with what its one-time notice
 * (一次告知) told, so the calendar entry matches the confirmation even after the hall edits a matter.
 */
export function downloadIcs(deps: PagesDeps) {
  return (c: Context) =>
    withBooking(c, deps, async (ctx, booking) => {
      const ics = bookingViewToIcs(booking, ctx.locale, {
        now: ctx.now,
        uidDomain: new URL(c.req.url).hostname,
      });
      setPageHeaders(c, 'personal', false);
      c.header('Content-Type', 'text/calendar; charset=utf-8');
      c.header(
        'Content-Disposition',
        `attachment; filename="booking-${formatBookingCode(booking.code)}.ics"`,
      );
      return c.body(ics, 200);
    });
}
