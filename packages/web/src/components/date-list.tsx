import type { BookingDay } from '../citizen/booking-days.js';
import type { Messages } from '../i18n/messages.js';
import { dayLabel } from './day-label.js';

function DayContent(props: { t: Messages; day: BookingDay }) {
  const { t, day } = props;
  const appointmentOnly = day.hallDay?.intervals.some((i) => i.mode === 'appointment-only');
  return (
    <>
      <strong>{t.dateShort(day.day.date)}</strong>
      {/* A day the hall is closed is not a 工作日 for the citizen: it says closed, and why. */}
      <span>{day.closed === 'hall_closed' ? t.closedReason.hall_closed : dayLabel(t, day.day)}</span>
      <br />
      {day.closed === 'hall_closed' ? (
        day.closedNote ? (
          <span>{day.closedNote}</span>
        ) : null
      ) : day.closed ? (
        <span>{t.closedReason[day.closed]}</span>
      ) : appointmentOnly ? (
        <span>{t.hours.appointmentOnly}</span>
      ) : null}
      {day.day.provisional ? (
        <>
          <br />
          <span class="provisional">{t.hours.provisional}</span>
        </>
      ) : null}
    </>
  );
}

/**
 * The days one may book, as links (the matter page) or as submit buttons named `name` (the
 * reschedule form, which must keep the code and phone out of the URL). A day that cannot be
 * booked is shown, disabled, with the reason in words.
 */
export function DateList(props: {
  t: Messages;
  days: BookingDay[];
  labelledBy: string;
  choose: { href: (date: string) => string } | { name: string };
}) {
  const { t, choose } = props;
  return (
    <ul class="days" aria-labelledby={props.labelledBy}>
      {props.days.map((day) => (
        <li>
          {'href' in choose ? (
            day.closed ? (
              <span class="day off" aria-disabled="true">
                <DayContent t={t} day={day} />
              </span>
            ) : (
              <a class="day" href={choose.href(day.day.date)}>
                <DayContent t={t} day={day} />
              </a>
            )
          ) : (
            <button
              type="submit"
              class={day.closed ? 'day off' : 'day'}
              name={choose.name}
              value={day.day.date}
              disabled={day.closed !== undefined}
            >
              <DayContent t={t} day={day} />
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
