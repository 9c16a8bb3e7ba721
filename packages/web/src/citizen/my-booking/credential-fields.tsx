import type { Booking } from '@openhall/domain';
import type { PageContext } from '../../page-context.js';
import { pagePaths } from '../../page-paths.js';

/** Code and phone travel in hidden fields of POST forms, never in a URL. */
export function CredentialFields(props: { booking: Pick<Booking, 'code' | 'applicant'> }) {
  return (
    <>
      <input type="hidden" name="code" value={props.booking.code} />
      <input type="hidden" name="phone" value={props.booking.applicant.phone} />
    </>
  );
}

/** Back to the booking, proving it again with the hidden code and phone. */
export function BackToBooking(props: { ctx: PageContext; booking: Booking }) {
  return (
    <form method="post" action={pagePaths.myBooking(props.ctx.tenantId)} novalidate>
      <CredentialFields booking={props.booking} />
      <button type="submit" class="btn secondary">
        {props.ctx.t.myBooking.back}
      </button>
    </form>
  );
}
