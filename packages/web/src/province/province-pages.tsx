import { provinceWorkbook, XLSX_TYPE } from '@openhall/api';
import { type Principal, type Province, ProvinceSchema, type ReportMeasures } from '@openhall/domain';
import { provinceReport, provinceSheet, toCsv } from '@openhall/services';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { csrf } from 'hono/csrf';
import type { Child } from 'hono/jsx';
import { isLocale, type Locale } from '../i18n/locale.js';
import { formActionSource, signInOriginOf } from '../page-context.js';
import type { PagesDeps } from '../pages-deps.js';
import { periodFromQuery } from '../reports/report-period.js';
import { FiguresTable, PeriodPicker, REPORT_CSS, ReportCharts } from '../reports/report-view.js';
import { reportWords } from '../reports/reports-i18n.js';
import { startHostedSignIn } from '../staff/session/sign-in-routes.js';
import { staffPaths } from '../staff/staff-paths.js';
import { provincePaths } from './province-paths.js';
import { clearProvinceCookie, PROVINCE_COOKIE, setProvinceCookie } from './province-session.js';

export { PROVINCE_COOKIE } from './province-session.js';

type ProvinceEnv = { Variables: { province: Province; principal: Principal; locale: Locale } };

const PAGE_CSS = `body{font:18px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;color:#111;margin:0}
main{max-width:80rem;margin:0 auto;padding:1rem}
header{display:flex;justify-content:space-between;align-items:center;padding:.5rem 1rem;border-bottom:2px solid #1d4ed8}
.btn,button{font:inherit;min-height:44px;padding:.4rem .9rem;border:2px solid #1d4ed8;border-radius:.35rem;background:#fff;color:#1d4ed8;cursor:pointer;text-decoration:none;display:inline-block}
input[type=date]{font:inherit;min-height:44px;border:2px solid #4d4d4d;border-radius:.35rem;padding:.3rem .5rem}
a{color:#1d4ed8}
.error{color:#b91c1c;font-weight:700}`;

function localeOf(c: Context): Locale {
  const lang = c.req.query('lang') ?? getCookie(c, 'lang');
  return isLocale(lang) ? lang : 'zh';
}

function render(
  signInOrigin: string | undefined,
  c: Context,
  locale: Locale,
  title: string,
  body: Child,
  signedIn?: Province,
  status: 200 | 403 = 200,
) {
  const w = reportWords[locale];
  c.header('Cache-Control', 'no-store');
  c.header(
    'Content-Security-Policy',
    `default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; ${formActionSource(signInOrigin)}; base-uri 'none'; frame-ancestors 'none'`,
  );
  c.header('X-Content-Type-Options', 'nosniff');
  const page = (
    <html lang={locale === 'zh' ? 'zh-CN' : 'en'}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <style dangerouslySetInnerHTML={{ __html: PAGE_CSS + REPORT_CSS }} />
      </head>
      <body>
        <header>
          <strong>{title}</strong>
          {signedIn ? (
            <form method="post" action={provincePaths.signOut(signedIn)}>
              <button type="submit">{w.signOut}</button>
            </form>
          ) : null}
        </header>
        <main id="main">{body}</main>
      </body>
    </html>
  );
  return c.html(`<!doctype html>${page}`, status);
}

/** Admits a provincial office of this very province only; anyone else goes to the sign-in page. */
function requireProvincialOffice(deps: PagesDeps): MiddlewareHandler<ProvinceEnv> {
  return async (c, next) => {
    const parsed = ProvinceSchema.safeParse(c.req.param('province'));
    if (!parsed.success) return c.notFound();
    const token = getCookie(c, PROVINCE_COOKIE);
    const principal = token ? await deps.verifier.verify(token).catch(() => undefined) : undefined;
    if (principal?.role !== 'provincial-office' || principal.province !== parsed.data) {
      return c.redirect(provincePaths.signIn(parsed.data), 303);
    }
    c.set('province', parsed.data);
    c.set('principal', principal);
    c.set('locale', localeOf(c));
    await next();
  };
}

/**
 * The provincial pages under `/p/{province}`: a development sign-in (local only: a deployment signs
 * in through its identity provider), and the districts side by side with charts and a CSV export.
 * Only the province's own districts are ever read: the list is the province's one Query.
 */
export function createProvincePages(deps: PagesDeps): Hono {
  const app = new Hono<ProvinceEnv>();
  const signInOrigin = signInOriginOf(deps);
  app.use('/:province/*', csrf());
  app.get('/:province/sign-in', async (c) => {
    const parsed = ProvinceSchema.safeParse(c.req.param('province'));
    if (!parsed.success) return c.notFound();
    const locale = localeOf(c);
    const w = reportWords[locale];
    const signIn = deps.staffSignIn;
    const failed = c.req.query('failed') !== undefined;
    // Hosted: straight to the provider, unless it just failed (then say so and offer a retry).
    if (signIn?.kind === 'hosted' && !failed) {
      return startHostedSignIn(c, signIn, { audience: 'province', province: parsed.data });
    }
    return render(
      signInOrigin,
      c,
      locale,
      w.signInTitle,
      <>
        {failed ? <p class="error">{w.signInFailed}</p> : null}
        {signIn?.kind === 'development' ? (
          <>
            <p>{w.signInIntro}</p>
            <form method="post" action={provincePaths.signIn(parsed.data)}>
              <button type="submit" data-sub={`${parsed.data}-provincial-office`}>
                {w.signInAs(`${parsed.data}-provincial-office`)}
              </button>
            </form>
          </>
        ) : signIn?.kind === 'hosted' ? (
          <>
            <p>
              <a class="btn" href={provincePaths.signIn(parsed.data)}>
                {w.signInRetry}
              </a>
            </p>
            <form method="post" action={provincePaths.signOut(parsed.data)}>
              <button type="submit">{w.signOut}</button>
            </form>
          </>
        ) : (
          <p>{w.forbidden}</p>
        )}
      </>,
    );
  });
  app.post('/:province/sign-in', async (c) => {
    const parsed = ProvinceSchema.safeParse(c.req.param('province'));
    const signIn = deps.staffSignIn;
    if (!parsed.success || signIn?.kind !== 'development') return c.notFound();
    const province = parsed.data;
    const token = await signIn.issue({
      sub: `${province}-provincial-office`,
      role: 'provincial-office',
      province,
    });
    setProvinceCookie(c, province, token);
    return c.redirect(provincePaths.reports(province), 303);
  });
  app.post('/:province/sign-out', (c) => {
    const parsed = ProvinceSchema.safeParse(c.req.param('province'));
    if (!parsed.success) return c.notFound();
    clearProvinceCookie(c, parsed.data);
    // With the hosted sign-in, end the provider's session too (its one registered sign-out URL).
    if (deps.staffSignIn?.kind === 'hosted') {
      return c.redirect(deps.staffSignIn.logoutUrl(new URL(staffPaths.signedOut, c.req.url).toString()), 303);
    }
    return c.redirect(provincePaths.signIn(parsed.data), 303);
  });
  app.use('/:province/reports', requireProvincialOffice(deps));
  app.use('/:province/reports/*', requireProvincialOffice(deps));
  app.get('/:province/reports', async (c) => {
    const { reportStore } = deps;
    if (!reportStore) return c.notFound();
    const province = c.get('province');
    const locale = c.get('locale');
    const w = reportWords[locale];
    const period = periodFromQuery({ from: c.req.query('from'), to: c.req.query('to') }, deps.now());
    const report = await provinceReport({ reportStore }, province, period.from, period.to);
    const names = await districtNames(
      deps,
      report.districts.map((d) => d.tenantId),
      locale,
    );
    const rows = [
      ...report.districts.map((d) => ({ id: d.tenantId, name: names.get(d.tenantId) ?? d.tenantId, ...d })),
    ];
    return render(
      signInOrigin,
      c,
      locale,
      w.provinceTitle,
      <>
        <h1>{w.provinceTitle}</h1>
        {period.invalid ? (
          <p role="alert" class="error">
            {w.invalidPeriod}
          </p>
        ) : null}
        <PeriodPicker
          locale={locale}
          action={provincePaths.reports(province)}
          from={period.from}
          to={period.to}
          now={deps.now()}
        />
        <p class="report-exports">
          <a class="btn" data-export="province" href={provincePaths.reportsCsv(province, period)} download>
            {w.csv(w.provinceTitle)}
          </a>
          <a class="btn" data-export="xlsx" href={provincePaths.reportsXlsx(province, period)} download>
            {w.xlsx}
          </a>
        </p>
        <SideBySide locale={locale} rows={rows} total={report.measures} />
        {rows.map((d) => (
          <section>
            <h2>{d.name}</h2>
            <FiguresTable locale={locale} measures={d.measures} previous={d.previous} />
            <ReportCharts locale={locale} series={d.series} measures={d.measures} />
          </section>
        ))}
        <p>{w.noPersonalData}</p>
      </>,
      province,
    );
  });
  app.get('/:province/reports/export.csv', async (c) => {
    const { reportStore } = deps;
    if (!reportStore) return c.notFound();
    const province = c.get('province');
    const period = periodFromQuery({ from: c.req.query('from'), to: c.req.query('to') }, deps.now());
    const report = await provinceReport({ reportStore }, province, period.from, period.to);
    const names = await districtNames(
      deps,
      report.districts.map((d) => d.tenantId),
      'zh',
    );
    c.header('Cache-Control', 'no-store');
    return c.body(toCsv(provinceSheet(report, names)), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${province}-${period.from}-${period.to}.csv"`,
    });
  });
  app.get('/:province/reports/export.xlsx', async (c) => {
    const { reportStore } = deps;
    if (!reportStore) return c.notFound();
    const province = c.get('province');
    const period = periodFromQuery({ from: c.req.query('from'), to: c.req.query('to') }, deps.now());
    const report = await provinceReport({ reportStore }, province, period.from, period.to);
    const names = await districtNames(
      deps,
      report.districts.map((d) => d.tenantId),
      'zh',
    );
    c.header('Cache-Control', 'no-store');
    return c.body((await provinceWorkbook(report, names)) as Uint8Array<ArrayBuffer>, 200, {
      'content-type': XLSX_TYPE,
      'content-disposition': `attachment; filename="${province}-${period.from}-${period.to}.xlsx"`,
    });
  });
  return app as unknown as Hono;
}

async function districtNames(deps: PagesDeps, ids: readonly string[], locale: Locale) {
  const names = new Map<string, string>();
  for (const id of ids) {
    const stored = await deps.configStore.getConfig(id);
    if (stored) names.set(id, stored.config.tenant.name[locale]);
  }
  return names;
}

/** The districts side by side: one column per district, the province's total last. */
function SideBySide(props: {
  locale: Locale;
  rows: { id: string; name: string; measures: ReportMeasures }[];
  total: ReportMeasures;
}) {
  const w = reportWords[props.locale];
  const lines = provinceSheet(
    {
      province: '',
      period: { from: '2000-01-01', to: '2000-01-01' },
      previousPeriod: { from: '2000-01-01', to: '2000-01-01' },
      districts: props.rows.map((r) => ({
        tenantId: r.id,
        measures: r.measures,
        previous: r.measures,
        series: [],
      })),
      measures: props.total,
      itemsRead: 0,
    },
    new Map(props.rows.map((r) => [r.id, r.name])),
  );
  const [head = [], ...body] = lines;
  return (
    <table class="report-figures" data-table="districts">
      <thead>
        <tr>
          {head.map((h, i) => (
            <th scope="col">{i === head.length - 1 ? w.provinceTotal : h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {body.map(([measure, ...values]) => (
          <tr>
            <th scope="row">{measure}</th>
            {values.map((v) => (
              <td>{v}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
