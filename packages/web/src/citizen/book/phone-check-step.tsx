import { clientIdOf } from '@openhall/api';
import { type CreateBookingRequest, VerificationIdSchema } from '@openhall/domain';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { PageContext } from '../../page-context.js';
import { refusalMessage, settle } from '../../page-error.js';
import type { PagesDeps } from '../../pages-deps.js';
import { renderPage } from '../../render-page.js';
import { type BookingFormValues, type FormBody, formText } from './booking-form.js';
import { VerifyPhonePage } from './verify-phone-page.js';

/** Either the page of the SMS step to show, or the proof to book with (none where not asked for). */
export type PhoneCheck = { page: Response } | { proof: { phoneProof?: string } };

/**
 * The SMS-code step of a booking where the tenant's `phoneVerification` is `sms`: without a code
 * posted, a code is sent to the applicant's phone and asked for; with one, it is confirmed and the
 * proof goes straight into the booking (it never reaches the browser).
 */
export async function phoneCheckStep(
  c: Context,
  deps: PagesDeps,
  ctx: PageContext,
  form: { body: FormBody; values: BookingFormValues; request: CreateBookingRequest },
): Promise<PhoneCheck> {
  if (ctx.config.bookingPolicy.phoneVerification === 'off') return { proof: {} };
  const { values } = form;
  const phone = form.request.applicant.phone;
  const render = (
    page: { verificationId?: string; sent: boolean; codeError?: string; refusal?: string },
    status: ContentfulStatusCode = 200,
  ) =>
    renderPage(c, ctx, {
      title: `${page.codeError || page.refusal ? ctx.t.errorPrefix : ''}${ctx.t.verifyPhone.title}`,
      cache: 'personal',
      status,
      body: <VerifyPhonePage ctx={ctx} values={values} {...page} />,
    });
  const id = VerificationIdSchema.safeParse(formText(form.body, 'verificationId', 80));
  if (!id.success) {
    const started = await settle(() =>
      deps.phoneVerification.start(ctx.tenantId, { phone, purpose: 'booking' }, { clientId: clientIdOf(c) }),
    );
    if (started.ok)
      return { page: await render({ verificationId: started.value.verificationId, sent: true }) };
    const refusal = refusalMessage(ctx.t, ctx.config.bookingPolicy, started.refused);
    return { page: await render({ sent: false, refusal }, started.status) };
  }
  const code = formText(form.body, 'smsCode', 20).trim();
  if (!/^\d{6}$/.test(code)) {
    const codeError = ctx.t.myBookings.codeHint;
    return { page: await render({ verificationId: id.data, sent: false, codeError }, 422) };
  }
  const confirmed = await settle(() => deps.phoneVerification.confirm(ctx.tenantId, id.data, code));
  if (confirmed.ok) return { proof: { phoneProof: confirmed.value.proof } };
  const refusal = refusalMessage(ctx.t, ctx.config.bookingPolicy, confirmed.refused);
  // A wrong code may be typed again; any other refusal needs a new code.
  const again = confirmed.refused.code === 'verification_code_wrong' ? { verificationId: id.data } : {};
  return { page: await render({ ...again, sent: false, refusal }, confirmed.status) };
}
