import { clientIdOf } from '@openhall/api';
import { type BookingView, type Hall, type LocalDate, LocalDateSchema, type Matter } from '@openhall/domain';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { PageContext } from '../../page-context.js';
import { settle } from '../../page-error.js';
import type { PagesDeps } from '../../pages-deps.js';
import { renderPage } from '../../render-page.js';
import { formText, isStartOn } from '../book/booking-form.js';
import { bookingDaysOf } from '../booking-days-of.js';
import { daySlots } from '../day-slots.js';
import { message, renderBooking } from './my-booking-render.js';
import { RescheduleDatePage } from './reschedule-date-page.js';
import { RescheduleSlotPage } from './reschedule-slot-page.js';
import { withBooking } from './with-booking.js';

/** Where a booking may move: its matter and hall as configured now. */
interface MoveTarget {
  booking: BookingView;
  matter: Matter;
  hall: Hall;
}

/**
 * POST /t/{tenantId}/my-booking/reschedule: without a date, the days to choose from; with a date,
 * its slots; with a slot, the move itself.
 */
export function rescheduleBooking(deps: PagesDeps) {
  return (c: Context) =>
    withBooking(c, deps, async (ctx, booking, body) => {
      const matter = ctx.config.matters.find((m) => m.id === booking.matterId);
      const hall = ctx.config.halls.find((h) => h.id === booking.hallId);
      if (booking.status !== 'booked') return renderBooking(c, ctx, booking);
      // A matter withdrawn since the booking (retired, or gone before retiring existed) takes no move.
      if (!matter || matter.retired) {
        return renderBooking(c, ctx, booking, { refusal: message(ctx, { code: 'matter_retired' }) }, 422);
      }
      if (!hall) {
        return renderBooking(c, ctx, booking, { refusal: message(ctx, { code: 'unknown_hall' }) }, 404);
      }
      const target = { booking, matter, hall };
      const date = formText(body, 'date', 10);
      if (!LocalDateSchema.safeParse(date).success) return renderDates(c, deps, ctx, target);
      const start = formText(body, 'start', 40);
      if (!start) return renderSlots(c, deps, ctx, target, date);
      if (!isStartOn(start, date)) {
        return renderSlots(c, deps, ctx, target, date, { slotError: ctx.t.fieldErrors.start }, 422);
      }
      const moved = await settle(() =>
        deps.bookingService.reschedule(
          ctx.tenantId,
          booking.code,
          { phone: booking.applicant.phone, start },
          { clientId: clientIdOf(c), channel: 'online' },
        ),
      );
      if (moved.ok) return renderBooking(c, ctx, moved.value, { done: ctx.t.myBooking.rescheduled });
      return renderSlots(c, deps, ctx, target, date, { refusal: message(ctx, moved.refused) }, moved.status);
    });
}

/** The days the booking may move to. */
async function renderDates(
  c: Context,
  deps: PagesDeps,
  ctx: PageContext,
  { booking, matter, hall }: MoveTarget,
): Promise<Response> {
  const days = await bookingDaysOf(deps, ctx, matter, hall.id);
  return renderPage(c, ctx, {
    title: ctx.t.myBooking.rescheduleTitle,
    cache: 'personal',
    body: <RescheduleDatePage ctx={ctx} booking={booking} days={days} />,
  });
}

/** The slots of one day to move to, with why the move or the day was refused. */
async function renderSlots(
  c: Context,
  deps: PagesDeps,
  ctx: PageContext,
  { booking, matter, hall }: MoveTarget,
  date: LocalDate,
  note: { refusal?: string; slotError?: string } = {},
  status: ContentfulStatusCode = 200,
): Promise<Response> {
  const { t } = ctx;
  const slots = await daySlots(deps, ctx, matter, hall, date);
  const refusal = note.refusal ?? (slots.refused ? message(ctx, slots.refused) : undefined);
  return renderPage(c, ctx, {
    title: `${refusal || note.slotError ? t.errorPrefix : ''}${t.myBooking.rescheduleTitle}`,
    cache: 'personal',
    status,
    body: (
      <RescheduleSlotPage
        ctx={ctx}
        booking={booking}
        date={date}
        day={slots.day}
        slots={slots.slots}
        {...(refusal ? { refusal } : {})}
        {...(note.slotError ? { slotError: note.slotError } : {})}
      />
    ),
  });
}
