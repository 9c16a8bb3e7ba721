import type { Booking } from '@openhall/domain';
import type { PageContext } from '../page-context.js';
import { pagePaths } from '../page-paths.js';

/**
 * The calendar file, posted with code and phone in hidden fields so neither lands in a URL or a
 * server log.
 */
export function IcsButton(props: { ctx: PageContext; booking: Booking }) {
  const { ctx, booking } = props;
  return (
    <form method="post" action={pagePaths.ics(ctx.tenantId)}>
      <input type="hidden" name="code" value={booking.code} />
      <input type="hidden" name="phone" value={booking.applicant.phone} />
      <button type="submit" class="btn secondary">
        {ctx.t.confirmation.downloadIcs}
      </button>
    </form>
  );
}
