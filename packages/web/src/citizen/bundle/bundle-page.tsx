import type { Bundle, Hall, LocalizedText } from '@openhall/domain';
import { DateList } from '../../components/date-list.js';
import { Materials } from '../../components/materials.js';
import { pick } from '../../i18n/locale.js';
import type { PageContext } from '../../page-context.js';
import { pagePaths } from '../../page-paths.js';
import type { BookingDay } from '../booking-days.js';
import { bundleWords } from './bundle-i18n.js';

/** 一件事一次办: the bundle's matters (the lead marked), what to bring for all, and the days to book it. */
export function BundlePage(props: {
  ctx: PageContext;
  bundle: Bundle;
  hall: Hall | undefined;
  days: BookingDay[];
}) {
  const { ctx, bundle, hall, days } = props;
  const { t, locale, tenantId, config } = ctx;
  const w = bundleWords[locale];
  const matters = bundle.matterIds
    .map((id) => config.matters.find((m) => m.id === id))
    .filter((m) => m !== undefined);
  const department = (id: string) => config.departments.find((d) => d.id === id);
  const lead = matters.find((m) => m.id === bundle.leadMatterId);
  const leadDepartment = lead ? department(lead.departmentId) : undefined;
  // Each material once, in the order the matters list them.
  const seen = new Set<string>();
  const materials: LocalizedText[] = [];
  for (const m of matters.flatMap((x) => x.materials)) {
    if (seen.has(m.zh)) continue;
    seen.add(m.zh);
    materials.push(m);
  }
  return (
    <>
      <h1>{pick(bundle.name, locale)}</h1>
      <p>{w.intro}</p>
      {leadDepartment ? <p>{w.leadNote(pick(leadDepartment.name, locale))}</p> : null}
      <section aria-labelledby="bundle-matters">
        <h2 id="bundle-matters">{w.matters}</h2>
        <ul class="list">
          {matters.map((m) => {
            const d = department(m.departmentId);
            return (
              <li>
                <a href={pagePaths.matter(tenantId, m.id)}>{pick(m.name, locale)}</a>
                {d ? ` · ${pick(d.name, locale)}` : ''}
                {m.id === bundle.leadMatterId ? ` · ${w.lead}` : ''}
              </li>
            );
          })}
        </ul>
      </section>
      <Materials ctx={ctx} materials={materials} headingId="materials" />
      <section aria-labelledby="book">
        <h2 id="book">{t.matter.bookHeading}</h2>
        {!hall || !lead ? (
          <p class="notice">{w.notAtHall}</p>
        ) : (
          <>
            <h3 id="choose-date">
              {t.matter.chooseDate} · {pick(hall.name, locale)}
            </h3>
            <p class="hint">{t.book.leadTimeNote({ policy: config.bookingPolicy })}</p>
            <DateList
              t={t}
              days={days}
              labelledBy="choose-date"
              choose={{
                href: (date) =>
                  pagePaths.book(tenantId, { matterId: lead.id, hallId: hall.id, date, bundleId: bundle.id }),
              }}
            />
          </>
        )}
      </section>
    </>
  );
}

/** The bundles offered, as links (the home page's 一件事一次办 section). */
export function BundleList(props: { ctx: PageContext; bundles: Bundle[] }) {
  const { ctx } = props;
  const w = bundleWords[ctx.locale];
  if (props.bundles.length === 0) return null;
  return (
    <section aria-labelledby="bundles">
      <h2 id="bundles">{w.heading}</h2>
      <p class="hint">{w.intro}</p>
      <ul class="list">
        {props.bundles.map((b) => (
          <li>
            <a href={pagePaths.bundle(ctx.tenantId, b.id)}>{pick(b.name, ctx.locale)}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
