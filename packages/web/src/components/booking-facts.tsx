import type { BookingView } from '@openhall/domain';
import { type Booking, maskName, maskPhone, parseShanghaiIso } from '@openhall/domain';
import { bundleWords } from '../citizen/bundle/bundle-i18n.js';
import { type NoticeWindow, noticeWindows } from '../citizen/notice-windows.js';
import { pick } from '../i18n/locale.js';
import type { PageContext } from '../page-context.js';

/** "二楼 B02 · 2楼": the window as signed, and its floor when known. */
function windowLabel(ctx: PageContext, w: Pick<NoticeWindow, 'code' | 'floor'>): string {
  return w.floor === undefined ? w.code : `${w.code} · ${ctx.t.matter.floor(w.floor)}`;
}

/** The labels of windows configured today (a matter's page), by id; an unknown id shows as itself. */
export function windowLabels(ctx: PageContext, windowIds: readonly string[]): string[] {
  return windowIds.map((id) => {
    const w = ctx.config.windows.find((x) => x.id === id);
    return w ? windowLabel(ctx, w) : id;
  });
}

const HAN = /\p{Script=Han}/u;

/**
 * The window the booking holds a place at, as the citizen looks for it: its sign and floor; in
 * English, when the sign is in Chinese, the window's English name first and the sign beside it.
 */
export function assignedWindowLabel(ctx: PageContext, booking: BookingView): string {
  const w = noticeWindows(ctx.config, booking).find((x) => x.id === booking.windowId);
  if (!w) return booking.windowId;
  const label = windowLabel(ctx, w);
  if (ctx.locale === 'zh' || !HAN.test(w.code)) return label;
  const name =
    booking.notice.windows.find((x) => x.id === w.id)?.name ??
    ctx.config.windows.find((x) => x.id === w.id)?.name;
  return name && !HAN.test(name.en) ? `${name.en} (${ctx.t.confirmation.sign}: ${label})` : label;
}

/** When the booking starts, in words: "2026年11月28日 周六 09:00–09:30". */
export function bookingWhen(ctx: PageContext, booking: Pick<Booking, 'start' | 'end'>): string {
  const start = parseShanghaiIso(booking.start);
  const end = parseShanghaiIso(booking.end);
  return `${ctx.t.dateLong(start.date)} ${ctx.t.timeRange(start.time, end.time)}`;
}

/**
 * When and where first (date and time, hall, address, the one window to go to), then what and for
 * whom: the applicant's name and phone masked, since a confirmation is
 * often shown on a screen others can see. Matter, hall and windows are those of the booking's
 * one-time notice (一次告知), not today's configuration; only a hall phone the notice lacks is
 * looked up now.
 */
export function BookingFacts(props: { ctx: PageContext; booking: BookingView; showStatus?: boolean }) {
  const { ctx, booking } = props;
  const { t, locale, config } = ctx;
  const { matter, hall } = booking.notice;
  const hallPhone = hall.phone ?? config.halls.find((h) => h.id === booking.hallId)?.phone;
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
      <dd>
        <strong>{bookingWhen(ctx, booking)}</strong>
      </dd>
      <dt>{t.confirmation.hall}</dt>
      <dd>{pick(hall.name, locale)}</dd>
      <dt>{t.confirmation.address}</dt>
      <dd>{pick(hall.address, locale)}</dd>
      <dt>{t.confirmation.window}</dt>
      <dd>
        <strong>{t.confirmation.goTo(assignedWindowLabel(ctx, booking))}</strong>
      </dd>
      <dt>{t.confirmation.matter}</dt>
      <dd>{pick(matter.name, locale)}</dd>
      {booking.bundle ? <BundleFact ctx={ctx} bundle={booking.bundle} /> : null}
      {hallPhone ? (
        <>
          <dt>{t.confirmation.hallPhone}</dt>
          <dd>
            <a href={`tel:${hallPhone}`}>{hallPhone}</a>
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

/** 一件事一次办: the bundle booked and its matters (all done in the one visit). */
function BundleFact(props: { ctx: PageContext; bundle: NonNullable<BookingView['bundle']> }) {
  const { ctx, bundle } = props;
  const w = bundleWords[ctx.locale];
  const name = ctx.config.bundles.find((b) => b.id === bundle.id)?.name;
  const matters = bundle.matterIds
    .map((id) => ctx.config.matters.find((m) => m.id === id))
    .filter((m) => m !== undefined)
    .map((m) => pick(m.name, ctx.locale));
  return (
    <>
      <dt>{w.heading}</dt>
      <dd data-bundle={bundle.id}>
        {name ? pick(name, ctx.locale) : bundle.id}
        {matters.length > 0 ? `（${matters.join('、')}）` : ''}
      </dd>
    </>
  );
}
