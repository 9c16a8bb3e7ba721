import type { Hall, Matter } from '@openhall/domain';
import { windowLabels } from '../../components/booking-facts.js';
import { DateList } from '../../components/date-list.js';
import { Materials } from '../../components/materials.js';
import { pick } from '../../i18n/locale.js';
import type { PageContext } from '../../page-context.js';
import { pagePaths } from '../../page-paths.js';
import type { BookingDay } from '../booking-days.js';

function MatterFacts(props: { ctx: PageContext; matter: Matter }) {
  const { ctx, matter } = props;
  const { t, locale, config } = ctx;
  const department = config.departments.find((d) => d.id === matter.departmentId);
  const hallName = (hallId: string) => {
    const hall = config.halls.find((h) => h.id === hallId);
    return hall ? pick(hall.name, locale) : hallId;
  };
  const windows = matter.windowIds.flatMap((id) => config.windows.filter((w) => w.id === id));
  const ways = [
    ...matter.waysServed.map((w) => t.matter.way[w]),
    ...matter.mailing.map((m) => t.matter.mailing[m]),
    ...(matter.commitmentBased ? [t.matter.commitmentBased] : []),
  ];
  return (
    <dl class="facts">
      <dt>{t.matter.department}</dt>
      <dd>{department ? pick(department.name, locale) : matter.departmentId}</dd>
      <dt>{t.matter.category}</dt>
      <dd>{matter.category}</dd>
      <dt>{t.matter.windows}</dt>
      <dd>
        <ul class="hours">
          {windows.map((w) => (
            <li>
              {windowLabels(ctx, [w.id])[0]} · {pick(w.name, locale)}
              {config.halls.length > 1 ? ` · ${hallName(w.hallId)}` : ''}
            </li>
          ))}
        </ul>
      </dd>
      <dt>{t.matter.ways}</dt>
      <dd>
        {ways.join(t.listSeparator)}
        {matter.instant ? (
          <>
            <br />
            {t.matter.instant}
          </>
        ) : null}
      </dd>
      <dt>{t.matter.promisedLabel}</dt>
      <dd>
        {t.matter.promised(matter.promisedDays)}
        <br />
        {t.matter.acceptance(matter.acceptanceMinutes)}
      </dd>
    </dl>
  );
}

/** 事项: what it is, where, the one-time notice of materials, and the start of a booking. */
export function MatterPage(props: {
  ctx: PageContext;
  matter: Matter;
  halls: Hall[];
  hall: Hall | undefined;
  days: BookingDay[];
}) {
  const { ctx, matter, halls, hall, days } = props;
  const { t, locale, tenantId, config } = ctx;
  const bookable = matter.waysServed.includes('appointment');
  return (
    <>
      <h1>{pick(matter.name, locale)}</h1>
      <MatterFacts ctx={ctx} matter={matter} />
      <Materials ctx={ctx} materials={matter.materials} headingId="materials" />
      <section aria-labelledby="book">
        <h2 id="book">{t.matter.bookHeading}</h2>
        {!bookable ? (
          <p class="notice">{t.matter.notByAppointment}</p>
        ) : !hall ? (
          <p class="notice">{t.matter.noHall}</p>
        ) : (
          <>
            {halls.length > 1 ? (
              <>
                <h3 id="choose-hall">{t.matter.chooseHall}</h3>
                <ul class="list" aria-labelledby="choose-hall">
                  {halls.map((h) => (
                    <li>
                      <a
                        href={pagePaths.matter(tenantId, matter.id, h.id)}
                        aria-current={h.id === hall.id ? 'page' : undefined}
                      >
                        {pick(h.name, locale)}
                        {h.id === hall.id ? t.matter.currentHall : ''}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <h3 id="choose-date">
              {t.matter.chooseDate} · {pick(hall.name, locale)}
            </h3>
            <p class="hint">{t.book.leadTimeNote({ policy: config.bookingPolicy })}</p>
            <DateList
              t={t}
              days={days}
              labelledBy="choose-date"
              choose={{
                href: (date) => pagePaths.book(tenantId, { matterId: matter.id, hallId: hall.id, date }),
              }}
            />
          </>
        )}
      </section>
    </>
  );
}
