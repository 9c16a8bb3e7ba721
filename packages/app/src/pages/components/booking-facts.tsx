import { type Booking, maskName, maskPhone, parseShanghaiIso } from '@openhall/domain';
import { pick } from '../i18n/locale.js';
import type { PageContext } from '../page-context.js';

/** "二楼 B02 · 2楼": the window as signed, and its floor when known. */
export function windowLabels(ctx: PageContext, windowIds: readonly string[]): string[] {
  return windowIds.map((id) => {
    const w = ctx.config.windows.find((x) => x.id === id);
    if (!w) return id;
    return w.floor === undefined ? w.code : `${w.code} · ${ctx.t.matter.floor(w.floor)}`;
  });
}

/** When the booking starts, in words: "2026年11月28日 周六 09:00–09:30". */
export function bookingWhen(ctx: PageContext, booking: Pick<Booking, 'start' | 'end'>): string {
  const start = parseShanghaiIso(booking.start);
  const end = parseShanghaiIso(booking.end);
  return `${ctx.t.dateLong(start.date)} ${ctx.t.timeRange(start.time, end.time)}`;
}

/**
 * Where and when, and for whom: the applicant's name and phone masked, since a confirmation is
 * often shown on a screen others can see.
 */
export function BookingFacts(props: { ctx: PageContext; booking: Booking; showStatus?: boolean }) {
  const { ctx, booking } = props;
  const { t, locale, config } = ctx;
  const matter = config.matters.find((m) => m.id === booking.matterId);
  const hall = config.halls.find((h) => h.id === booking.hallId);
  const applicant = booking.applicant;
  return (
    <dl class="facts">
      {props.showStatus ? (
        <>
          <dt>{t.myBooking.status}</dt>
          <dd>
            <strong>{t.myBooking.statuses[booking.status]}</strong>
          </dd>
        </>
      ) : null}
      <dt>{t.confirmation.when}</dt>
      <dd>{bookingWhen(ctx, booking)}</dd>
      <dt>{t.confirmation.matter}</dt>
      <dd>{matter ? pick(matter.name, locale) : booking.matterId}</dd>
      <dt>{t.confirmation.hall}</dt>
      <dd>{hall ? pick(hall.name, locale) : booking.hallId}</dd>
      <dt>{t.confirmation.window}</dt>
      <dd>{windowLabels(ctx, booking.windowIds).join(t.listSeparator)}</dd>
      {hall ? (
        <>
          <dt>{t.confirmation.address}</dt>
          <dd>{pick(hall.address, locale)}</dd>
        </>
      ) : null}
      {hall?.phone ? (
        <>
          <dt>{t.confirmation.hallPhone}</dt>
          <dd>
            <a href={`tel:${hall.phone}`}>{hall.phone}</a>
          </dd>
        </>
      ) : null}
      <dt>{t.confirmation.applicant}</dt>
      <dd>
        {maskName(applicant.name)} {maskPhone(applicant.phone)}
        {applicant.agent ? t.confirmation.agent : ''}
        {applicant.organisation ? ` · ${applicant.organisation}` : ''}
      </dd>
    </dl>
  );
}
