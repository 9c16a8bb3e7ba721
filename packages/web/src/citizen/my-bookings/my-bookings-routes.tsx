import { clientIdOf } from '@openhall/api';
import { ApplicantSchema, VerificationIdSchema } from '@openhall/domain';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { renderTenantNotFound } from '../../not-found-page.js';
import { type PageContext, pageContext } from '../../page-context.js';
import { refusalMessage, settle } from '../../page-error.js';
import type { PagesDeps } from '../../pages-deps.js';
import { renderPage } from '../../render-page.js';
import { type FormBody, formText } from '../book/booking-form.js';
import { MyBookingsPage, type MyBookingsStep } from './my-bookings-page.js';

function render(
  c: Context,
  ctx: PageContext,
  view: MyBookingsStep,
  note: { fieldErrors?: { phone?: string; code?: string }; refusal?: string } = {},
  status: ContentfulStatusCode = 200,
): Promise<Response> {
  const failed = note.refusal !== undefined || note.fieldErrors !== undefined;
  return renderPage(c, ctx, {
    title: `${failed ? ctx.t.errorPrefix : ''}${ctx.t.myBookings.title}`,
    cache: 'personal',
    status,
    body: <MyBookingsPage ctx={ctx} view={view} {...note} />,
  });
}

/** GET /t/{tenantId}/my-bookings: the phone step. */
export function showMyBookings(deps: PagesDeps) {
  return async (c: Context): Promise<Response> => {
    const ctx = await pageContext(c, deps);
    if (!ctx) return renderTenantNotFound(c);
    return render(c, ctx, { step: 'phone', phone: '' });
  };
}

/** POST /t/{tenantId}/my-bookings/code: sends the SMS code, then asks for it. */
export function sendMyBookingsCode(deps: PagesDeps) {
  return async (c: Context): Promise<Response> => {
    const ctx = await pageContext(c, deps);
    if (!ctx) return renderTenantNotFound(c);
    const body = (await c.req.parseBody()) as FormBody;
    const typed = formText(body, 'phone', 40);
    const phone = ApplicantSchema.shape.phone.safeParse(typed);
    if (!phone.success) {
      const fieldErrors = { phone: ctx.t.fieldErrors.phone };
      return render(c, ctx, { step: 'phone', phone: typed }, { fieldErrors }, 400);
    }
    const started = await settle(() =>
      deps.phoneVerification.start(
        ctx.tenantId,
        { phone: phone.data, purpose: 'my-bookings' },
        { clientId: clientIdOf(c) },
      ),
    );
    if (!started.ok) {
      const refusal = refusalMessage(ctx.t, ctx.config.bookingPolicy, started.refused);
      return render(c, ctx, { step: 'phone', phone: phone.data }, { refusal }, started.status);
    }
    const view: MyBookingsStep = {
      step: 'code',
      phone: phone.data,
      verificationId: started.value.verificationId,
      sent: true,
    };
    return render(c, ctx, view);
  };
}

/** POST /t/{tenantId}/my-bookings: checks the code and lists the phone's active bookings. */
export function listMyBookings(deps: PagesDeps) {
  return async (c: Context): Promise<Response> => {
    const ctx = await pageContext(c, deps);
    if (!ctx) return renderTenantNotFound(c);
    const body = (await c.req.parseBody()) as FormBody;
    const phone = ApplicantSchema.shape.phone.safeParse(formText(body, 'phone', 40));
    const verificationId = VerificationIdSchema.safeParse(formText(body, 'verificationId', 80));
    if (!phone.success || !verificationId.success)
      return render(c, ctx, { step: 'phone', phone: '' }, {}, 400);
    const codeView: MyBookingsStep = {
      step: 'code',
      phone: phone.data,
      verificationId: verificationId.data,
      sent: false,
    };
    const code = formText(body, 'code', 20).trim();
    if (!/^\d{6}$/.test(code)) {
      return render(c, ctx, codeView, { fieldErrors: { code: ctx.t.myBookings.codeHint } }, 400);
    }
    const listed = await settle(async () => {
      const { proof } = await deps.phoneVerification.confirm(ctx.tenantId, verificationId.data, code);
      return deps.phoneVerification.myBookings(
        ctx.tenantId,
        { phone: phone.data, proof },
        { clientId: clientIdOf(c) },
      );
    });
    if (!listed.ok) {
      const refusal = refusalMessage(ctx.t, ctx.config.bookingPolicy, listed.refused);
      const dead = listed.refused.code !== 'verification_code_wrong';
      const view: MyBookingsStep = dead ? { step: 'phone', phone: phone.data } : codeView;
      return render(c, ctx, view, { refusal }, listed.status);
    }
    return render(c, ctx, { step: 'list', bookings: listed.value.bookings });
  };
}
