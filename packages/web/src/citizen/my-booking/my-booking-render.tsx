import type { BookingView, Commitment, MailingPublicView } from '@openhall/domain';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { PageContext } from '../../page-context.js';
import { type RefusedBy, refusalMessage } from '../../page-error.js';
import { bookingCodeQrSvg } from '../../qr-svg.js';
import { renderPage } from '../../render-page.js';
import { BookingPage } from './booking-page.js';
import { LookupPage } from './lookup-page.js';

/** The reader's words for a refusal, with the tenant's policy figures. */
export function message(ctx: PageContext, refused: RefusedBy): string {
  return refusalMessage(ctx.t, ctx.config.bookingPolicy, refused);
}

/** The lookup form again, with what was typed and what was wrong. */
export function renderLookup(
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

/** The booking with its QR code, and what was just done to it or why that was refused. */
export async function renderBooking(
  c: Context,
  ctx: PageContext,
  booking: BookingView,
  note: { done?: string; refusal?: string } = {},
  status: ContentfulStatusCode = 200,
  mailing?: MailingPublicView,
  commitment?: Omit<Commitment, 'recordedBy'>,
): Promise<Response> {
  const qrSvg = await bookingCodeQrSvg(booking.code);
  return renderPage(c, ctx, {
    title: `${note.refusal ? ctx.t.errorPrefix : ''}${ctx.t.myBooking.title}`,
    cache: 'personal',
    status,
    body: (
      <BookingPage
        ctx={ctx}
        booking={booking}
        qrSvg={qrSvg}
        {...note}
        {...(mailing ? { mailing } : {})}
        {...(commitment ? { commitment } : {})}
      />
    ),
  });
}
