import type { BookingView } from '@openhall/domain';
import { BookingFacts, bookingWhen } from '../../components/booking-facts.js';
import type { PageContext } from '../../page-context.js';
import { pagePaths } from '../../page-paths.js';
import { BackToBooking, CredentialFields } from './credential-fields.js';

/** The confirmation step of a cancellation. */
export function CancelPage(props: { ctx: PageContext; booking: BookingView }) {
  const { ctx, booking } = props;
  const { t } = ctx;
  return (
    <>
      <h1>{t.myBooking.cancelTitle}</h1>
      <BookingFacts ctx={ctx} booking={booking} />
      <p>
        <strong>{t.myBooking.cancelQuestion(bookingWhen(ctx, booking))}</strong>
      </p>
      <div class="actions">
        <form method="post" action={pagePaths.cancel(ctx.tenantId)}>
          <CredentialFields booking={booking} />
          <input type="hidden" name="confirm" value="yes" />
          <button type="submit" class="btn">
            {t.myBooking.cancelYes}
          </button>
        </form>
        <BackToBooking ctx={ctx} booking={booking} />
      </div>
    </>
  );
}
