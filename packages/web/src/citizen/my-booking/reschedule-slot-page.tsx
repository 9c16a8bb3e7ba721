import type { Booking, Slot } from '@openhall/domain';
import { bookingWhen } from '../../components/booking-facts.js';
import { dayLabel } from '../../components/day-label.js';
import { ErrorSummary, type PageError } from '../../components/error-summary.js';
import { firstSlotId, SlotPicker } from '../../components/slot-picker.js';
import type { PageContext } from '../../page-context.js';
import { pagePaths } from '../../page-paths.js';
import type { BookingDay } from '../booking-days.js';
import { BackToBooking, CredentialFields } from './credential-fields.js';

/** 改约, step two: a slot of the chosen date, and the confirming button. */
export function RescheduleSlotPage(props: {
  ctx: PageContext;
  booking: Booking;
  date: string;
  day: BookingDay | undefined;
  slots: Slot[];
  refusal?: string;
  slotError?: string;
}) {
  const { ctx, booking, slots } = props;
  const { t } = ctx;
  const bookable = slots.some((s) => s.remaining > 0) && !props.day?.closed;
  const errors: PageError[] = [
    ...(props.refusal ? [{ message: props.refusal }] : []),
    ...(props.slotError ? [{ fieldId: firstSlotId(slots), message: props.slotError }] : []),
  ];
  return (
    <>
      <h1>{t.myBooking.rescheduleTitle}</h1>
      <ErrorSummary t={t} errors={errors} />
      <p>
        {t.myBooking.current}
        {t.colon}
        {bookingWhen(ctx, booking)}
      </p>
      <h2>
        {t.dateLong(props.date)}
        {props.day ? ` · ${dayLabel(t, props.day.day)}` : ''}
      </h2>
      {bookable ? (
        <form method="post" action={pagePaths.reschedule(ctx.tenantId)}>
          <CredentialFields booking={booking} />
          <input type="hidden" name="date" value={props.date} />
          <SlotPicker t={t} slots={slots} legend={t.myBooking.rescheduleSlot} error={props.slotError} />
          <button type="submit" class="btn wide">
            {t.myBooking.rescheduleConfirm}
          </button>
        </form>
      ) : (
        <p class="notice" role="status">
          {props.day?.closed
            ? t.closedReason[props.day.closed]
            : slots.length === 0
              ? t.book.noSlotsLeft
              : t.book.allFull}
        </p>
      )}
      <div class="actions">
        <form method="post" action={pagePaths.reschedule(ctx.tenantId)}>
          <CredentialFields booking={booking} />
          <button type="submit" class="btn secondary">
            {t.book.changeDate}
          </button>
        </form>
        <BackToBooking ctx={ctx} booking={booking} />
      </div>
    </>
  );
}
