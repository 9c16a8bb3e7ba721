import { maskPhone } from '@openhall/domain';
import { ErrorSummary, type PageError } from '../../components/error-summary.js';
import { SmsCodeField } from '../../components/text-field.js';
import type { PageContext } from '../../page-context.js';
import { pagePaths } from '../../page-paths.js';
import type { BookingFormValues } from './booking-form.js';

/** The booking form's values as hidden fields, so each step posts the whole booking again. */
function BookingValues(props: { values: BookingFormValues }) {
  const v = props.values;
  const fields: [string, string][] = [
    ['matterId', v.matterId],
    ['hallId', v.hallId],
    ['date', v.date],
    ['start', v.start],
    ['name', v.name],
    ['phone', v.phone],
    ['organisation', v.organisation],
    ['idempotencyKey', v.idempotencyKey],
    ...(v.agent ? ([['agent', 'yes']] as [string, string][]) : []),
    ...(v.bundleId ? ([['bundleId', v.bundleId]] as [string, string][]) : []),
  ];
  return (
    <>
      {fields.map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

/**
 * 验证手机号: the step between the booking form and the booking where the tenant asks for it. The
 * code sent to the applicant's phone, then "确认预约"; or a new code. Plain forms, no JavaScript.
 */
export function VerifyPhonePage(props: {
  ctx: PageContext;
  values: BookingFormValues;
  /** Absent when no code could be sent: only the button for a new one is offered. */
  verificationId?: string;
  sent: boolean;
  codeError?: string;
  refusal?: string;
}) {
  const { ctx, values } = props;
  const { t } = ctx;
  const action = pagePaths.book(ctx.tenantId);
  const errors: PageError[] = [
    ...(props.refusal ? [{ message: props.refusal }] : []),
    ...(props.codeError ? [{ fieldId: 'field-sms-code', message: props.codeError }] : []),
  ];
  return (
    <>
      <h1>{t.verifyPhone.title}</h1>
      <ErrorSummary t={t} errors={errors} />
      {props.sent ? <p role="status">{t.myBookings.codeSent(maskPhone(values.phone))}</p> : null}
      {props.verificationId ? (
        <form method="post" action={action}>
          <BookingValues values={values} />
          <input type="hidden" name="verificationId" value={props.verificationId} />
          <SmsCodeField t={t} name="smsCode" error={props.codeError} />
          <button type="submit" class="btn wide">
            {t.verifyPhone.confirm}
          </button>
        </form>
      ) : null}
      <form method="post" action={action}>
        <BookingValues values={values} />
        <button type="submit" class="btn secondary wide">
          {t.myBookings.resend}
        </button>
      </form>
    </>
  );
}
