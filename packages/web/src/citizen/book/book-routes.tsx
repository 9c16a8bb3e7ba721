import { randomUUID } from 'node:crypto';
import { clientIdOf } from '@openhall/api';
import { type BookingView, type Hall, LocalDateSchema, type Matter } from '@openhall/domain';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { renderNotFound, renderTenantNotFound } from '../../not-found-page.js';
import { type PageContext, pageContext } from '../../page-context.js';
import { refusalMessage, settle } from '../../page-error.js';
import { pagePaths } from '../../page-paths.js';
import type { PagesDeps } from '../../pages-deps.js';
import { bookingCodeQrSvg } from '../../qr-svg.js';
import { renderPage } from '../../render-page.js';
import { hallsForMatter } from '../booking-days.js';
import { daySlots } from '../day-slots.js';
import { BookPage, type BookPageProps } from './book-page.js';
import {
  type BookingField,
  type BookingFormValues,
  hasBookingTarget,
  isIdempotencyKey,
  readBookingForm,
  validateBookingForm,
} from './booking-form.js';
import { ConfirmationPage } from './confirmation-page.js';
import { phoneCheckStep } from './phone-check-step.js';

const EMPTY_APPLICANT = { start: '', name: '', phone: '', organisation: '', agent: false };

/** The matter and hall a booking is for; a single hall is chosen by itself. */
function target(ctx: PageContext, matterId: string, hallId: string): { matter?: Matter; hall?: Hall } {
  const matter = ctx.config.matters.find((m) => m.id === matterId);
  // A retired matter is kept for the bookings that have it, not offered to new ones.
  if (!matter || matter.retired) return {};
  const halls = hallsForMatter(ctx.config, matter);
  const hall = halls.find((h) => h.id === hallId) ?? (halls.length === 1 ? halls[0] : undefined);
  return hall ? { matter, hall } : { matter };
}

async function renderBookPage(
  c: Context,
  deps: PagesDeps,
  ctx: PageContext,
  page: Pick<BookPageProps, 'matter' | 'hall' | 'date' | 'values' | 'fieldErrors' | 'refusal'>,
  status: ContentfulStatusCode = 200,
): Promise<Response> {
  const slots = await daySlots(deps, ctx, page.matter, page.hall, page.date);
  const refusal =
    page.refusal ??
    (slots.refused ? refusalMessage(ctx.t, ctx.config.bookingPolicy, slots.refused) : undefined);
  ctx.here = pagePaths.book(ctx.tenantId, {
    matterId: page.matter.id,
    hallId: page.hall.id,
    date: page.date,
    ...(page.values.bundleId ? { bundleId: page.values.bundleId } : {}),
  });
  return renderPage(c, ctx, {
    title: `${page.fieldErrors || refusal ? ctx.t.errorPrefix : ''}${ctx.t.book.title(page.matter.name[ctx.locale])}`,
    cache: 'personal',
    status,
    body: (
      <BookPage
        ctx={ctx}
        {...page}
        {...(refusal ? { refusal } : {})}
        day={slots.day}
        slots={slots.slots}
        nextDays={slots.nextDays}
      />
    ),
  });
}

/** 一件事一次办: the bundle a page books, if it is offered and led by this matter. */
function bundleOfPage(ctx: PageContext, bundleId: string | undefined, matterId: string): string | undefined {
  const bundle = ctx.config.bundles.find((b) => b.id === bundleId && !b.retired);
  return bundle && bundle.leadMatterId === matterId ? bundle.id : undefined;
}

/** GET /t/{tenantId}/book?matterId=&hallId=&date=[&bundleId=]: the slots of a day and the form. */
export function showBookForm(deps: PagesDeps) {
  return async (c: Context): Promise<Response> => {
    const ctx = await pageContext(c, deps);
    if (!ctx) return renderTenantNotFound(c);
    const { matter, hall } = target(ctx, c.req.query('matterId') ?? '', c.req.query('hallId') ?? '');
    if (!matter) return renderNotFound(c, ctx, 'matter');
    const date = c.req.query('date') ?? '';
    if (!hall || !LocalDateSchema.safeParse(date).success) {
      return c.redirect(pagePaths.matter(ctx.tenantId, matter.id, hall?.id), 303);
    }
    // A new key each time the form is drawn; the same form sent twice carries the same key.
    const bundleId = bundleOfPage(ctx, c.req.query('bundleId'), matter.id);
    const values = { ...EMPTY_APPLICANT, idempotencyKey: randomUUID(), ...(bundleId ? { bundleId } : {}) };
    return renderBookPage(c, deps, ctx, { matter, hall, date, values });
  };
}

function fieldErrorsOf(ctx: PageContext, fields: BookingField[]): Partial<Record<BookingField, string>> {
  return Object.fromEntries(fields.map((f) => [f, ctx.t.fieldErrors[f]]));
}

/** POST /t/{tenantId}/book: books the slot and shows the confirmation, or the form again with its errors. */
export function submitBooking(deps: PagesDeps) {
  return async (c: Context): Promise<Response> => {
    const ctx = await pageContext(c, deps);
    if (!ctx) return renderTenantNotFound(c);
    const body = await c.req.parseBody();
    const values: BookingFormValues = readBookingForm(body);
    if (!hasBookingTarget(values)) return c.redirect(pagePaths.home(ctx.tenantId), 303);
    const { matter, hall } = target(ctx, values.matterId, values.hallId);
    if (!matter) return renderNotFound(c, ctx, 'matter');
    if (!hall) return c.redirect(pagePaths.matter(ctx.tenantId, matter.id), 303);
    const page = { matter, hall, date: values.date };
    const checked = validateBookingForm(values);
    if (!checked.ok) {
      const fieldErrors = fieldErrorsOf(ctx, checked.fields);
      return renderBookPage(c, deps, ctx, { ...page, values, fieldErrors }, 422);
    }
    const idempotencyKey = isIdempotencyKey(values.idempotencyKey) ? values.idempotencyKey : randomUUID();
    const form = { body, values: { ...values, idempotencyKey }, request: checked.request };
    const phoneCheck = await phoneCheckStep(c, deps, ctx, form);
    if ('page' in phoneCheck) return phoneCheck.page;
    const booked = await settle(() =>
      deps.bookingService.create(
        ctx.tenantId,
        { ...checked.request, ...phoneCheck.proof },
        {
          idempotencyKey,
          channel: 'online',
          clientId: clientIdOf(c),
        },
      ),
    );
    if (booked.ok) return renderConfirmation(c, ctx, booked.value);
    // Nothing was booked under the old key, so the corrected form gets a fresh one.
    const refusal = refusalMessage(ctx.t, ctx.config.bookingPolicy, booked.refused);
    const fresh = { ...values, idempotencyKey: randomUUID() };
    return renderBookPage(c, deps, ctx, { ...page, values: fresh, refusal }, booked.status);
  };
}

/** The confirmation of a booking just made, or of the same request sent again. */
async function renderConfirmation(
  c: Context,
  ctx: PageContext,
  { booking, created }: { booking: BookingView; created: boolean },
): Promise<Response> {
  ctx.here = pagePaths.myBooking(ctx.tenantId, booking.code);
  const qrSvg = await bookingCodeQrSvg(booking.code);
  return renderPage(c, ctx, {
    title: ctx.t.confirmation.title,
    cache: 'personal',
    body: <ConfirmationPage ctx={ctx} booking={booking} created={created} qrSvg={qrSvg} />,
  });
}
