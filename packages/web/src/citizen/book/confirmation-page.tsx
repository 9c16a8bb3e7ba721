import type { BookingView } from '@openhall/domain';
import { BookingCode } from '../../components/booking-code.js';
import { BookingFacts } from '../../components/booking-facts.js';
import { IcsButton } from '../../components/ics-button.js';
import { Materials } from '../../components/materials.js';
import type { PageContext } from '../../page-context.js';
import { pagePaths } from '../../page-paths.js';

/**
 * 预约成功: when and where first, then the code and its QR code, what to bring (as the booking's notice told it), the calendar
 * file and the way to change it.
 */
export function ConfirmationPage(props: {
  ctx: PageContext;
  booking: BookingView;
  created: boolean;
  qrSvg: string;
}) {
  const { ctx, booking } = props;
  const { t, tenantId } = ctx;
  return (
    <>
      <h1>{t.confirmation.title}</h1>
      {props.created ? null : (
        <p class="notice" role="status">
          {t.confirmation.repeated}
        </p>
      )}
      <BookingFacts ctx={ctx} booking={booking} />
      <BookingCode ctx={ctx} code={booking.code} qrSvg={props.qrSvg} />
      <Materials ctx={ctx} materials={booking.notice.matter.materials} headingId="materials" />
      <div class="actions">
        <IcsButton ctx={ctx} booking={booking} />
        <a class="btn secondary" href={pagePaths.myBooking(tenantId, booking.code)}>
          {t.confirmation.manage}
        </a>
      </div>
    </>
  );
}
