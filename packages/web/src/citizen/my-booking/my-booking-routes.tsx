import { clientIdOf } from '@openhall/api';
import type { BookingView } from '@openhall/domain';
import {
  bookingViewToIcs,
  type DomainError,
  formatBookingCode,
  isShanghaiIso,
  LocalDateSchema,
  parseShanghaiIso,
} from '@openhall/domain';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { renderTenantNotFound } from '../../not-found-page.js';
import { type PageContext, pageContext } from '../../page-context.js';
import { type RefusedBy, refusalMessage, refusalOf } from '../../page-error.js';
import { pagePaths } from '../../page-paths.js';
import type { PagesDeps } from '../../pages-deps.js';
import { bookingCodeQrSvg } from '../../qr-svg.js';
import { renderPage, setPageHeaders } from '../../render-page.js';
import { type FormBody, formText } from '../book/booking-form.js';
import { bookingDays } from '../booking-days.js';
import { daySlots } from '../day-slots.js';
import { BookingPage } from './booking-page.js';
import { CancelPage } from './cancel-page.js';
import { readCredentials } from './credentials.js';
import { LookupPage } from './lookup-page.js';
import { RescheduleDatePage } from './reschedule-date-page.js';
import { RescheduleSlotPage } from './reschedule-slot-page.js';

function statusOf(error: unknown): ContentfulStatusCode {
  return (error as DomainError).status as ContentfulStatusCode;
}

function message(ctx: PageContext, refused: RefusedBy): string {
  return refusalMessage(ctx.t, ctx.config.bookingPolicy, refused);
}

/** The lookup form again, with what was typed and what was wrong. */
function renderLookup(
  c: Context,
  ctx: PageContext,
  page: { code: string; phone: string; wrong?: { code?: true; phone?: true }; refusal?: string },
  status: ContentfulStatusCode = 200,
): Promise<Response> {
  const { t } = ctx;
  const fieldErrors = {
    ...(page.wrong?.code ? { code: t.fieldErrors.code } : {}),
    ...(page.wrong?.phone ? { phone: t.fieldErrors.phone } : {}),
  };
  const failed = page.refusal !== undefined || Object.keys(fieldErrors).length > 0;
  return renderPage(c, ctx, {
    title: `${failed ? t.errorPrefix : ''}${t.myBooking.title}`,
    cache: 'personal',
    status,
    body: (
      <LookupPage
        ctx={ctx}
        code={page.code}
        phone={page.phone}
        fieldErrors={fieldErrors}
        {...(page.refusal ? { refusal: page.refusal } : {})}
      />
    ),
  });
}

async function renderBooking(
  c: Context,
  ctx: PageContext,
  booking: BookingView,
  note: { done?: string; refusal?: string } = {},
  status: ContentfulStatusCode = 200,
): Promise<Response> {
  const qrSvg = await bookingCodeQrSvg(booking.code);
  return renderPage(c, ctx, {
    title: `${note.refusal ? ctx.t.errorPrefix : ''}${ctx.t.myBooking.title}`,
    cache: 'personal',
    status,
    body: <BookingPage ctx={ctx} booking={booking} qrSvg={qrSvg} {...note} />,
  });
}

/**
 * Runs `then` with the booking the posted code and phone prove, or answers with the lookup form
 * and what was wrong. Every page after the lookup goes through here, so each step checks anew.
 */
async function withBooking(
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
    return renderLookup(
      c,
      ctx,
      { code: credentials.typedCode, phone: credentials.typedPhone, wrong: credentials.wrong },
      422,
    );
  }
  let booking: BookingView;
  try {
    booking = await deps.bookingService.find(ctx.tenantId, credentials.code, credentials.phone, {
      clientId: clientIdOf(c),
    });
  } catch (error) {
    const refused = refusalOf(error);
    if (!refused) throw error;
    return renderLookup(
      c,
      ctx,
      { code: formatBookingCode(credentials.code), phone: credentials.phone, refusal: message(ctx, refused) },
      statusOf(error),
    );
  }
  ctx.here = pagePaths.myBooking(ctx.tenantId, booking.code);
  return then(ctx, booking, body);
}

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
  return (c: Context) => withBooking(c, deps, (ctx, booking) => renderBooking(c, ctx, booking));
}

/** POST /t/{tenantId}/my-booking/cancel: the confirmation step, then (with confirm=yes) the cancellation. */
export function cancelBooking(deps: PagesDeps) {
  return (c: Context) =>
    withBooking(c, deps, async (ctx, booking, body) => {
      if (formText(body, 'confirm') !== 'yes' || booking.status !== 'booked') {
        if (booking.status !== 'booked') return renderBooking(c, ctx, booking);
        return renderPage(c, ctx, {
          title: ctx.t.myBooking.cancelTitle,
          cache: 'personal',
          body: <CancelPage ctx={ctx} booking={booking} />,
        });
      }
      try {
        const cancelled = await deps.bookingService.cancel(
          ctx.tenantId,
          booking.code,
          { phone: booking.applicant.phone },
          { clientId: clientIdOf(c) },
        );
        return renderBooking(c, ctx, cancelled, { done: ctx.t.myBooking.cancelled });
      } catch (error) {
        const refused = refusalOf(error);
        if (!refused) throw error;
        return renderBooking(c, ctx, booking, { refusal: message(ctx, refused) }, statusOf(error));
      }
    });
}

/**
 * POST /t/{tenantId}/my-booking/reschedule: without a date, the days to choose from; with a date,
 * its slots; with a slot, the move itself.
 */
export function rescheduleBooking(deps: PagesDeps) {
  return (c: Context) =>
    withBooking(c, deps, async (ctx, booking, body) => {
      const { t, config } = ctx;
      const matter = config.matters.find((m) => m.id === booking.matterId);
      const hall = config.halls.find((h) => h.id === booking.hallId);
      if (booking.status !== 'booked') return renderBooking(c, ctx, booking);
      if (!matter || !hall) {
        return renderBooking(c, ctx, booking, { refusal: message(ctx, { code: 'unknown_matter' }) }, 404);
      }
      const date = formText(body, 'date', 10);
      if (!LocalDateSchema.safeParse(date).success) {
        const days = bookingDays({ config, matter, hallId: hall.id, now: ctx.now });
        return renderPage(c, ctx, {
          title: t.myBooking.rescheduleTitle,
          cache: 'personal',
          body: <RescheduleDatePage ctx={ctx} booking={booking} days={days} />,
        });
      }
      const start = formText(body, 'start', 40);
      const slotPage = async (
        note: { refusal?: string; slotError?: string },
        status: ContentfulStatusCode,
      ) => {
        const slots = await daySlots(deps, ctx, matter, hall, date);
        const refusal = note.refusal ?? (slots.refused ? message(ctx, slots.refused) : undefined);
        return renderPage(c, ctx, {
          title: `${refusal || note.slotError ? t.errorPrefix : ''}${t.myBooking.rescheduleTitle}`,
          cache: 'personal',
          status,
          body: (
            <RescheduleSlotPage
              ctx={ctx}
              booking={booking}
              date={date}
              day={slots.day}
              slots={slots.slots}
              {...(refusal ? { refusal } : {})}
              {...(note.slotError ? { slotError: note.slotError } : {})}
            />
          ),
        });
      };
      if (!start) return slotPage({}, 200);
      if (!isShanghaiIso(start) || parseShanghaiIso(start).date !== date) {
        return slotPage({ slotError: t.fieldErrors.start }, 422);
      }
      try {
        const moved = await deps.bookingService.reschedule(
          ctx.tenantId,
          booking.code,
          { phone: booking.applicant.phone, start },
          { clientId: clientIdOf(c), channel: 'online' },
        );
        return renderBooking(c, ctx, moved, { done: t.myBooking.rescheduled });
      } catch (error) {
        const refused = refusalOf(error);
        if (!refused) throw error;
        return slotPage({ refusal: message(ctx, refused) }, statusOf(error));
      }
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
