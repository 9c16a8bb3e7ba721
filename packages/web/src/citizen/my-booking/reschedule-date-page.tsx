import type { Booking } from '@openhall/domain';
import { bookingWhen } from '../../components/booking-facts.js';
import { DateList } from '../../components/date-list.js';
import type { PageContext } from '../../page-context.js';
import { pagePaths } from '../../page-paths.js';
import type { BookingDay } from '../booking-days.js';
import { BackToBooking, CredentialFields } from './credential-fields.js';

/** 改约, step one: a new date, chosen with buttons that post (the phone stays out of the URL). */
export function RescheduleDatePage(props: { ctx: PageContext; booking: Booking; days: BookingDay[] }) {
  const { ctx, booking } = props;
  const { t } = ctx;
  return (
    <>
      <h1>{t.myBooking.rescheduleTitle}</h1>
      <p>
        {t.myBooking.current}
        {t.colon}
        {bookingWhen(ctx, booking)}
      </p>
      <form method="post" action={pagePaths.reschedule(ctx.tenantId)}>
        <CredentialFields booking={booking} />
        <h2 id="choose-date">{t.myBooking.rescheduleDate}</h2>
        <DateList t={t} days={props.days} labelledBy="choose-date" choose={{ name: 'date' }} />
      </form>
      <div class="actions">
        <BackToBooking ctx={ctx} booking={booking} />
      </div>
    </>
  );
}
