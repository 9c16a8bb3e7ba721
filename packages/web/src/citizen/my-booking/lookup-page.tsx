import { ErrorSummary, type PageError } from '../../components/error-summary.js';
import { PhoneField, TextField } from '../../components/text-field.js';
import type { PageContext } from '../../page-context.js';
import { pagePaths } from '../../page-paths.js';

/** 我的预约: look a booking up by its code and the phone it was made with. */
export function LookupPage(props: {
  ctx: PageContext;
  code: string;
  phone: string;
  fieldErrors?: { code?: string; phone?: string };
  refusal?: string;
}) {
  const { ctx } = props;
  const { t } = ctx;
  const fieldErrors = props.fieldErrors ?? {};
  const errors: PageError[] = [
    ...(props.refusal ? [{ message: props.refusal }] : []),
    ...(fieldErrors.code ? [{ fieldId: 'field-code', message: fieldErrors.code }] : []),
    ...(fieldErrors.phone ? [{ fieldId: 'field-phone', message: fieldErrors.phone }] : []),
  ];
  return (
    <>
      <h1>{t.myBooking.title}</h1>
      <ErrorSummary t={t} errors={errors} />
      <p>{t.myBooking.intro}</p>
      <form method="post" action={pagePaths.myBooking(ctx.tenantId)} novalidate>
        <TextField
          t={t}
          id="field-code"
          name="code"
          label={t.myBooking.codeLabel}
          hint={t.myBooking.codeHint}
          value={props.code}
          error={fieldErrors.code}
          autocomplete="off"
          autocapitalize="characters"
          required
          maxlength={20}
        />
        <PhoneField t={t} value={props.phone} error={fieldErrors.phone} />
        <button type="submit" class="btn wide">
          {t.myBooking.find}
        </button>
      </form>
      <p>
        <a href={pagePaths.myBookings(ctx.tenantId)}>{t.myBookings.lostCode}</a>
      </p>
    </>
  );
}
