import type { DistrictReport, ProvinceReport } from '@openhall/domain';
import { formatFigure, REPORT_ROWS, SERIES_COLUMNS } from './report-rows.js';

/** The byte-order mark Excel and WPS need to read a CSV as UTF-8 rather than GBK. */
export const UTF8_BOM = '\uFEFF';

/** The sheets of a report export, CSV (one per request) and workbook (all of them). */
export const REPORT_SHEETS = ['summary', 'daily', 'windows', 'departments'] as const;
export type ReportSheet = (typeof REPORT_SHEETS)[number];

export const SHEET_NAMES: Record<ReportSheet, string> = {
  summary: '汇总',
  daily: '趋势',
  windows: '窗口排名',
  departments: '部门排名',
};

/** One CSV field: quoted when it holds a comma, quote or line break; a leading =+-@ is defused. */
function field(value: string): string {
  const safe = /^[=+\-@]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows as CSV text: UTF-8 with BOM, CRLF line ends, as Excel writes it. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `${UTF8_BOM}${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}

/** A sheet of a district report as rows of text, header first (Chinese headers). */
export function districtSheet(report: DistrictReport, sheet: ReportSheet): string[][] {
  switch (sheet) {
    case 'summary':
      return [
        [
          '指标',
          `本期 ${report.period.from}至${report.period.to}`,
          `上期 ${report.previousPeriod.from}至${report.previousPeriod.to}`,
        ],
        ...REPORT_ROWS.map((r) => [
          r.zh,
          formatFigure(r.of(report.measures), r.kind),
          formatFigure(r.of(report.previous), r.kind),
        ]),
      ];
    case 'daily':
      return [
        ['日期', ...SERIES_COLUMNS.map((c) => c.zh)],
        ...report.series.map((p) => [
          p.period,
          ...SERIES_COLUMNS.map((c) => formatFigure(p[c.key] as number | null, c.kind)),
        ]),
      ];
    case 'windows':
    case 'departments': {
      const rows = sheet === 'windows' ? report.rankings.windows : report.rankings.departments;
      const columns = REPORT_ROWS.filter((r) =>
        [
          'accepted',
          'completed',
          'acceptedInLimitRate',
          'completedInLimitRate',
          'waitAverageMinutes',
          'goodRate',
        ].includes(r.key),
      );
      return [
        ['名次', sheet === 'windows' ? '窗口' : '部门', ...columns.map((c) => c.zh)],
        ...rows.map((row, i) => [
          String(i + 1),
          row.id,
          ...columns.map((c) => formatFigure(c.of(row.measures), c.kind)),
        ]),
      ];
    }
  }
}

/** The province's districts side by side: one row per measure, one column per district. */
export function provinceSheet(report: ProvinceReport, names: ReadonlyMap<string, string>): string[][] {
  return [
    ['指标', ...report.districts.map((d) => names.get(d.tenantId) ?? d.tenantId), '全省合计'],
    ...REPORT_ROWS.map((r) => [
      r.zh,
      ...report.districts.map((d) => formatFigure(r.of(d.measures), r.kind)),
      formatFigure(r.of(report.measures), r.kind),
    ]),
  ];
}
