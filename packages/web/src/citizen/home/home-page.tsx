import type { CalendarDay, Hall, PublicMatter } from '@openhall/domain';
import { dayLabel } from '../../components/day-label.js';
import { HallDayNotes, Hours } from '../../components/hall-hours.js';
import { pick } from '../../i18n/locale.js';
import type { PageContext } from '../../page-context.js';
import { pagePaths } from '../../page-paths.js';
import { BundleList } from '../bundle/bundle-page.js';

function HallCard(props: { ctx: PageContext; hall: Hall; week: CalendarDay[]; today: string }) {
  const { ctx, hall, week, today } = props;
  const { t, locale } = ctx;
  const headingId = `hall-${hall.id}`;
  const todayDay = week.find((d) => d.date === today);
  const hallDayOf = (d: CalendarDay) => d.halls.find((h) => h.hallId === hall.id);
  return (
    <section class="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{pick(hall.name, locale)}</h3>
      <p>
        {t.home.address}
        {t.colon}
        {pick(hall.address, locale)}
      </p>
      {hall.phone ? (
        <p>
          {t.home.hallPhone}
          {t.colon}
          <a href={`tel:${hall.phone}`}>{hall.phone}</a>
        </p>
      ) : null}
      {todayDay ? (
        <div class="notice">
          <p>
            <strong>{t.home.today(t.dateShort(today))}</strong> · {dayLabel(t, todayDay)}
          </p>
          <p>
            <strong>
              <Hours t={t} hallDay={hallDayOf(todayDay)} />
            </strong>
          </p>
          <HallDayNotes t={t} locale={locale} hall={hall} day={todayDay} hallDay={hallDayOf(todayDay)} />
        </div>
      ) : null}
      <table>
        <caption>{t.home.thisWeek}</caption>
        <thead>
          <tr>
            <th scope="col">{t.home.columns.date}</th>
            <th scope="col">{t.home.columns.hours}</th>
          </tr>
        </thead>
        <tbody>
          {week.map((day) => (
            <tr aria-current={day.date === today ? 'date' : undefined}>
              <th scope="row">
                {t.dateShort(day.date)}
                {day.date === today ? t.home.todayMark : ''}
                <br />
                <span class="kind">{dayLabel(t, day)}</span>
              </th>
              <td>
                <Hours t={t} hallDay={hallDayOf(day)} />
                <HallDayNotes t={t} locale={locale} hall={hall} day={day} hallDay={hallDayOf(day)} compact />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function MatterList(props: { ctx: PageContext; matters: PublicMatter[] }) {
  const { ctx } = props;
  return (
    <ul class="list">
      {props.matters.map((m) => (
        <li>
          <a href={pagePaths.matter(ctx.tenantId, m.id)}>{pick(m.name, ctx.locale)}</a>
          <br />
          <span class="muted">
            {pick(m.department, ctx.locale)} ·{' '}
            {m.windows
              // In English a sign written in Chinese is named by the window's English name.
              .map((w) => (ctx.locale === 'en' && /\p{Script=Han}/u.test(w.code) ? w.name.en : w.code))
              .join(ctx.t.listSeparator)}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** 首页: branding, the matter search first (what most come for), phones, each hall's hours today and this week. */
export function HomePage(props: {
  ctx: PageContext;
  week: CalendarDay[];
  today: string;
  query: string;
  matters: PublicMatter[];
}) {
  const { ctx, query, matters } = props;
  const { t, locale, config } = ctx;
  const { tenant } = config;
  return (
    <>
      <h1>{pick(tenant.branding.title, locale)}</h1>
      <section aria-labelledby="matters">
        <h2 id="matters">{t.home.searchHeading}</h2>
        <search>
          <form method="get" action={pagePaths.home(ctx.tenantId)} novalidate>
            <label for="q">{t.home.searchLabel}</label>
            <p class="hint" id="q-hint">
              {t.home.searchHint}
            </p>
            <div class="search">
              <input type="search" id="q" name="q" value={query} maxlength={100} aria-describedby="q-hint" />
              <button type="submit" class="btn">
                {t.home.searchButton}
              </button>
            </div>
          </form>
        </search>
        <p role="status">
          {query
            ? matters.length > 0
              ? t.home.results(matters.length, query)
              : t.home.noResults(query)
            : t.home.allMatters(matters.length)}
        </p>
        <MatterList ctx={ctx} matters={matters} />
        {query ? (
          <p>
            <a href={pagePaths.home(ctx.tenantId)}>{t.home.showAll}</a>
          </p>
        ) : null}
      </section>
      <BundleList ctx={ctx} bundles={config.bundles.filter((b) => !b.retired)} />
      <section aria-labelledby="contact">
        <h2 id="contact">{t.home.contact}</h2>
        <ul class="list">
          <li>
            {t.footer.service}
            {t.colon}
            <a href={`tel:${tenant.phones.service}`}>{tenant.phones.service}</a>
          </li>
          <li>
            {t.footer.complaints}
            {t.colon}
            <a href={`tel:${tenant.phones.complaints}`}>{tenant.phones.complaints}</a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="halls">
        <h2 id="halls">{t.home.halls}</h2>
        {config.halls.map((hall) => (
          <HallCard ctx={ctx} hall={hall} week={props.week} today={props.today} />
        ))}
      </section>
    </>
  );
}
