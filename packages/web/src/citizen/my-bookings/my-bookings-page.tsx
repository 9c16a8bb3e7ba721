import { formatBookingCode, type MyBooking, maskPhone } from '@openhall/domain';
import { bookingWhen } from '../../components/booking-facts.js';
import { ErrorSummary, type PageError } from '../../components/error-summary.js';
import { PhoneField, SmsCodeField } from '../../components/text-field.js';
import { pick } from '../../i18n/locale.js';
import type { PageContext } from '../../page-context.js';
import { pagePaths } from '../../page-paths.js';

export type MyBookingsStep =
  | { step: 'phone'; phone: string }
  | { step: 'code'; phone: string; verificationId: string; sent: boolean }
  | { step: 'list'; bookings: MyBooking[] };

/**
 * 我的全部预约: the phone, then the SMS code, then every active booking of that phone, each linking
 * to its own page. Plain forms posting back, so it works without JavaScript.
 */
export function MyBookingsPage(props: {
  ctx: PageContext;
  view: MyBookingsStep;
  fieldErrors?: { phone?: string; code?: string };
  refusal?: string;
}) {
  const { ctx, view } = props;
  const { t } = ctx;
  const fieldErrors = props.fieldErrors ?? {};
  const errors: PageError[] = [
    ...(props.refusal ? [{ message: props.refusal }] : []),
    ...(fieldErrors.phone ? [{ fieldId: 'field-phone', message: fieldErrors.phone }] : []),
    ...(fieldErrors.code ? [{ fieldId: 'field-sms-code', message: fieldErrors.code }] : []),
  ];
  return (
    <>
      <h1>{t.myBookings.title}</h1>
      <ErrorSummary t={t} errors={errors} />
      {view.step === 'phone' ? (
        <>
          <p>{t.myBookings.intro}</p>
          <form method="post" action={pagePaths.myBookingsCode(ctx.tenantId)}>
            <PhoneField t={t} value={view.phone} error={fieldErrors.phone} />
            <button type="submit" class="btn wide">
              {t.myBookings.sendCode}
            </button>
          </form>
        </>
      ) : null}
      {view.step === 'code' ? (
        <>
          {view.sent ? <p role="status">{t.myBookings.codeSent(maskPhone(view.phone))}</p> : null}
          <form method="post" action={pagePaths.myBookings(ctx.tenantId)}>
            <input type="hidden" name="phone" value={view.phone} />
            <input type="hidden" name="verificationId" value={view.verificationId} />
            <SmsCodeField t={t} name="code" error={fieldErrors.code} />
            <button type="submit" class="btn wide">
              {t.myBookings.show}
            </button>
          </form>
          <p>
            <a href={pagePaths.myBookings(ctx.tenantId)}>{t.myBookings.resend}</a>
          </p>
        </>
      ) : null}
      {view.step === 'list' ? <BookingList ctx={ctx} bookings={view.bookings} /> : null}
    </>
  );
}

function BookingList(props: { ctx: PageContext; bookings: MyBooking[] }) {
  const { ctx } = props;
  const { t, config } = ctx;
  if (props.bookings.length === 0) return <p>{t.myBookings.none}</p>;
  return (
    <ul class="booking-list">
      {props.bookings.map((b) => {
        const matter = config.matters.find((m) => m.id === b.matterId);
        const hall = config.halls.find((h) => h.id === b.hallId);
        return (
          <li>
            <p>
              <strong>{matter ? pick(matter.name, ctx.locale) : b.matterId}</strong>
            </p>
            <p>{bookingWhen(ctx, b)}</p>
            <p>{hall ? pick(hall.name, ctx.locale) : b.hallId}</p>
            <p>
              {t.myBooking.status}: {t.myBooking.statuses[b.status]}
            </p>
            <p>
              <a href={pagePaths.myBooking(ctx.tenantId, b.code)}>
                {t.myBookings.open} {formatBookingCode(b.code)}
              </a>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
