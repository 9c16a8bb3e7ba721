import type { CalendarDay, Hall, HallDay } from '@openhall/domain';
import type { Locale } from '../i18n/locale.js';
import { pick } from '../i18n/locale.js';
import type { Messages } from '../i18n/messages.js';

/** The hours with each interval kept on one line, so a narrow column wraps between intervals only. */
export function Hours(props: { t: Messages; hallDay: HallDay | undefined }) {
  const { t } = props;
  const intervals = props.hallDay?.intervals ?? [];
  if (intervals.length === 0) return <>{t.hours.closed}</>;
  return (
    <>
      {intervals.map((i, n) => (
        <>
          {n > 0 ? t.listSeparator : ''}
          <span class="nw">{t.timeRange(i.from, i.to)}</span>
        </>
      ))}
    </>
  );
}

/**
 * What a visitor should know beyond the hours, each in words (never colour alone): appointment
 * only, the lunar special period by name, 延时服务, a changed day, a provisional year. `compact`
 * gives short tags for a week table; the full sentences go with today's hours.
 */
export function HallDayNotes(props: {
  t: Messages;
  locale: Locale;
  hall: Hall;
  day: Pick<CalendarDay, 'provisional'>;
  hallDay: HallDay | undefined;
  compact?: boolean;
}) {
  const { t, hall, hallDay, compact } = props;
  const notes: string[] = [];
  if (hallDay?.intervals.some((i) => i.mode === 'appointment-only')) notes.push(t.hours.appointmentOnly);
  const period = hall.openingPolicy.specialPeriods.find((p) => p.id === hallDay?.specialPeriod);
  if (period) notes.push(pick(period.name, props.locale));
  if (hallDay?.extendedService) notes.push(compact ? t.hours.extendedServiceShort : t.hours.extendedService);
  if (hallDay?.overridden) notes.push(t.hours.overridden);
  // The plain notice in full, in the week table too: it is short and a citizen must not miss it.
  if (props.day.provisional) notes.push(t.hours.provisional);
  if (notes.length === 0) return null;
  if (compact) {
    return (
      <span class="tags">
        {notes.map((n) => (
          <span class="tag">{n}</span>
        ))}
      </span>
    );
  }
  return (
    <ul class="hours">
      {notes.map((n) => (
        <li>{n}</li>
      ))}
    </ul>
  );
}
