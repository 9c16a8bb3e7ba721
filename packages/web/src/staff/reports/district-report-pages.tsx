import { districtWorkbook, XLSX_TYPE } from '@openhall/api';
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
import { renderStaffPage } from '../render-staff-page.js';
import { holds, type StaffEnv } from '../session/staff-session.js';
import { staffPaths } from '../staff-paths.js';

const READERS = ['district-admin', 'section-manager'] as const;

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
    const report = await districtReport({ reportStore }, ctx.tenantId, period.from, period.to);
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
