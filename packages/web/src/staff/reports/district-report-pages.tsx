import { districtWorkbook, XLSX_TYPE } from '@openhall/api';
import type { OverdueItem } from '@openhall/domain';
import {
  districtReport,
  districtSheet,
  REPORT_SHEETS,
  type ReportSheet,
  SHEET_NAMES,
  toCsv,
} from '@openhall/services';
import type { Handler, Hono } from 'hono';
import { pick } from '../../i18n/locale.js';
import { pageContext } from '../../page-context.js';
import type { PagesDeps } from '../../pages-deps.js';
import { periodFromQuery } from '../../reports/report-period.js';
import {
  FiguresTable,
  PeriodPicker,
  RankingTable,
  REPORT_CSS,
  ReportCharts,
} from '../../reports/report-view.js';
import { reportWords } from '../../reports/reports-i18n.js';
import { careDeskPaths } from '../care/care-desk-pages.js';
import { careStaffPaths } from '../care/care-staff-pages.js';
import { renderStaffPage } from '../render-staff-page.js';
import { holds, type StaffEnv } from '../session/staff-session.js';
import { staffPaths } from '../staff-paths.js';

const READERS = ['district-admin', 'section-manager'] as const;

/** Items due within this long count as due soon (临期) beside the overdue ones. */
const DUE_SOON_MS = 24 * 3_600_000;
/** The most items the dashboard reads from each of care's lists, and shows. */
const OVERDUE_READ = 30;
/** The kinds the dashboard chases: 特事特办 (and help) cases, 差评 follow-ups, complaints. */
const OVERDUE_KINDS = new Set(['case', 'follow-up', 'complaint']);

/** Link of an open item's own page. */
function overdueLink(tenantId: string, item: OverdueItem): string {
  if (item.kind === 'case') return careDeskPaths.caseFile(tenantId, item.id);
  if (item.kind === 'follow-up') return careStaffPaths.followUp(tenantId, item.id);
  return careStaffPaths.complaint(tenantId, item.id);
}

/** Open items past or near their deadline, through care's overdue query (bounded), soonest first. */
async function overdueOrDueSoon(deps: PagesDeps, tenantId: string, now: Date): Promise<OverdueItem[]> {
  if (!deps.care) return [];
  const items = await deps.care.overdueItems(tenantId, new Date(now.getTime() + DUE_SOON_MS), {
    limit: OVERDUE_READ,
  });
  return items.filter((i) => OVERDUE_KINDS.has(i.kind)).slice(0, OVERDUE_READ);
}

/** The district dashboard: period, figures beside the previous period, charts, rankings, exports. */
function showDistrictReport(deps: PagesDeps): Handler<StaffEnv> {
  return async (c) => {
    const session = c.get('staff');
    const ctx = await pageContext(c, deps);
    if (!ctx) return c.notFound();
    const w = reportWords[ctx.locale];
    if (!holds(session, ...READERS)) {
      return renderStaffPage(c, ctx, {
        title: w.districtTitle,
        session,
        status: 403,
        body: <p>{w.forbidden}</p>,
      });
    }
    const { reportStore } = deps;
    if (!reportStore) return c.notFound();
    const period = periodFromQuery({ from: c.req.query('from'), to: c.req.query('to') }, deps.now());
    const now = deps.now();
    const [report, overdue] = await Promise.all([
      districtReport({ reportStore }, ctx.tenantId, period.from, period.to),
      overdueOrDueSoon(deps, ctx.tenantId, now),
    ]);
    const { config } = session;
    const windowName = (id: string) => config.windows.find((x) => x.id === id)?.code ?? id;
    const departmentName = (id: string) => {
      const d = config.departments.find((x) => x.id === id);
      return d ? pick(d.name, ctx.locale) : id;
    };
    const action = staffPaths.reports(ctx.tenantId);
    return renderStaffPage(c, ctx, {
      title: w.districtTitle,
      session,
      css: REPORT_CSS,
      body: (
        <>
          <h1>
            {w.districtTitle} · {pick(config.tenant.name, ctx.locale)}
          </h1>
          {period.invalid ? (
            <p role="alert" class="error">
              {w.invalidPeriod}
            </p>
          ) : null}
          <PeriodPicker
            locale={ctx.locale}
            action={action}
            from={period.from}
            to={period.to}
            now={deps.now()}
          />
          <p>
            {w.current} {report.period.from} – {report.period.to} · {w.previous} {report.previousPeriod.from}{' '}
            – {report.previousPeriod.to}
          </p>
          <section aria-labelledby="exports-h">
            <h2 id="exports-h">{w.exports}</h2>
            <p class="report-exports">
              {REPORT_SHEETS.map((sheet) => (
                <a
                  class="btn"
                  data-export={sheet}
                  href={staffPaths.reportsCsv(ctx.tenantId, { from: period.from, to: period.to, sheet })}
                  download
                >
                  {w.csv(SHEET_NAMES[sheet])}
                </a>
              ))}
              <a
                class="btn"
                data-export="xlsx"
                href={staffPaths.reportsXlsx(ctx.tenantId, { from: period.from, to: period.to })}
                download
              >
                {w.xlsx}
              </a>
            </p>
          </section>
          <h2>{w.figures}</h2>
          <FiguresTable locale={ctx.locale} measures={report.measures} previous={report.previous} />
          <h2>{w.charts}</h2>
          <ReportCharts locale={ctx.locale} series={report.series} measures={report.measures} />
          <h2>{w.rankings}</h2>
          <RankingTable
            locale={ctx.locale}
            title={w.windows}
            rows={report.rankings.windows}
            nameOf={windowName}
          />
          <RankingTable
            locale={ctx.locale}
            title={w.departments}
            rows={report.rankings.departments}
            nameOf={departmentName}
          />
          <section aria-labelledby="overdue-h" data-overdue={overdue.length}>
            <h2 id="overdue-h">{w.overdue.title}</h2>
            <p>{w.overdue.intro}</p>
            {overdue.length === 0 ? (
              <p>{w.overdue.none}</p>
            ) : (
              <table class="report-table">
                <thead>
                  <tr>
                    <th scope="col">{w.overdue.kind}</th>
                    <th scope="col">{w.overdue.due}</th>
                    <th scope="col">{w.overdue.dueAt}</th>
                    <th scope="col">{w.overdue.department}</th>
                    <th scope="col">{w.overdue.state}</th>
                    <th scope="col">{w.overdue.open}</th>
                  </tr>
                </thead>
                <tbody>
                  {overdue.map((item) => {
                    const past = Date.parse(item.dueAt) < now.getTime();
                    return (
                      <tr data-overdue-kind={item.kind} data-state={past ? 'past' : 'soon'}>
                        <td>{w.overdue.kinds[item.kind] ?? item.kind}</td>
                        <td>{w.overdue.dues[item.due] ?? item.due}</td>
                        <td>{item.dueAt.slice(0, 16).replace('T', ' ')}</td>
                        <td>{item.departmentId ? departmentName(item.departmentId) : '—'}</td>
                        <td>
                          <strong>{past ? w.overdue.past : w.overdue.soon}</strong>
                        </td>
                        <td>
                          <a href={overdueLink(ctx.tenantId, item)}>
                            {w.overdue.open} {item.id}
                          </a>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </section>
          <p>{w.noPersonalData}</p>
        </>
      ),
    });
  };
}

/** One sheet of the district report as CSV (UTF-8 with BOM), for the signed-in admin or section manager. */
function exportDistrictCsv(deps: PagesDeps): Handler<StaffEnv> {
  return async (c) => {
    const session = c.get('staff');
    const { reportStore } = deps;
    if (!holds(session, ...READERS) || !reportStore) return c.text('forbidden', 403);
    const tenantId = session.config.tenant.id;
    const period = periodFromQuery({ from: c.req.query('from'), to: c.req.query('to') }, deps.now());
    const asked = c.req.query('sheet');
    const sheet: ReportSheet = REPORT_SHEETS.includes(asked as ReportSheet)
      ? (asked as ReportSheet)
      : 'summary';
    const report = await districtReport({ reportStore }, tenantId, period.from, period.to);
    const name = `${tenantId}-${sheet}-${period.from}-${period.to}.csv`;
    c.header('Cache-Control', 'no-store');
    return c.body(toCsv(districtSheet(report, sheet)), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
    });
  };
}

/** The district report as an Excel workbook (the CSV's sheets), for the signed-in admin or section manager. */
function exportDistrictXlsx(deps: PagesDeps): Handler<StaffEnv> {
  return async (c) => {
    const session = c.get('staff');
    const { reportStore } = deps;
    if (!holds(session, ...READERS) || !reportStore) return c.text('forbidden', 403);
    const tenantId = session.config.tenant.id;
    const period = periodFromQuery({ from: c.req.query('from'), to: c.req.query('to') }, deps.now());
    const report = await districtReport({ reportStore }, tenantId, period.from, period.to);
    c.header('Cache-Control', 'no-store');
    return c.body((await districtWorkbook(report)) as Uint8Array<ArrayBuffer>, 200, {
      'content-type': XLSX_TYPE,
      'content-disposition': `attachment; filename="${tenantId}-${period.from}-${period.to}.xlsx"`,
    });
  };
}

/** The district report pages, behind the staff guard. */
export function registerDistrictReportPages(staff: Hono<StaffEnv>, deps: PagesDeps): void {
  staff.get('/:tenantId/staff/reports', showDistrictReport(deps));
  staff.get('/:tenantId/staff/reports/export.csv', exportDistrictCsv(deps));
  staff.get('/:tenantId/staff/reports/export.xlsx', exportDistrictXlsx(deps));
}
