import type { ReportMeasures, SeriesPoint } from '@openhall/domain';
import { formatFigure, REPORT_ROWS, type ReportRow } from '@openhall/services';
import { CHART_COLORS, SvgChart } from '../charts/svg-chart.js';
import type { Locale } from '../i18n/locale.js';
import { quickPeriods } from './report-period.js';
import { reportWords } from './reports-i18n.js';

/** The style of the report pages: readable tables and charts that print on A4. */
export const REPORT_CSS = `
.report-figures, .report-ranking { border-collapse: collapse; margin: .5rem 0 1.5rem; }
.report-figures th, .report-figures td, .report-ranking th, .report-ranking td { border: 1px solid #9ca3af; padding: .3rem .6rem; text-align: right; }
.report-figures th:first-child, .report-ranking td:nth-child(2) { text-align: left; }
.report-period { display: flex; flex-wrap: wrap; gap: .75rem; align-items: end; }
.report-period label { display: flex; flex-direction: column; font-weight: 600; }
.report-quick { display: flex; gap: .75rem; flex-wrap: wrap; margin: .5rem 0 1rem; }
.report-charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(640px, 1fr)); gap: 1rem; }
.chart svg { max-width: 100%; height: auto; }
.chart figcaption { font-weight: 600; }
.report-exports { display: flex; gap: .75rem; flex-wrap: wrap; }
.up { color: #047857; } .down { color: #b91c1c; }
@media print { .report-period, .report-quick, .report-exports, nav, form { display: none; } .report-charts { display: block; } }
`;

export function PeriodPicker(props: { locale: Locale; action: string; from: string; to: string; now: Date }) {
  const w = reportWords[props.locale];
  return (
    <section aria-labelledby="period-h">
      <h2 id="period-h">{w.period}</h2>
      <form class="report-period" method="get" action={props.action}>
        <label>
          {w.from}
          <input type="date" name="from" value={props.from} required />
        </label>
        <label>
          {w.to}
          <input type="date" name="to" value={props.to} required />
        </label>
        <button class="btn" type="submit">
          {w.show}
        </button>
      </form>
      <p class="report-quick">
        {quickPeriods(props.now).map((q) => (
          <a href={`${props.action}?from=${q.from}&to=${q.to}`}>{w.quick[q.key]}</a>
        ))}
      </p>
    </section>
  );
}

function change(row: ReportRow, now: number | null, before: number | null) {
  if (now === null || before === null) return '—';
  const d = now - before;
  if (d === 0) return '0';
  const text =
    row.kind === 'rate' ? `${(d * 100).toFixed(1)} pt` : Number.isInteger(d) ? String(d) : d.toFixed(1);
  return d > 0 ? `+${text}` : text;
}

/** Every measure with the previous period beside it. */
export function FiguresTable(props: { locale: Locale; measures: ReportMeasures; previous: ReportMeasures }) {
  const w = reportWords[props.locale];
  return (
    <table class="report-figures" data-table="figures">
      <thead>
        <tr>
          <th scope="col">{w.measure}</th>
          <th scope="col">{w.current}</th>
          <th scope="col">{w.previous}</th>
          <th scope="col">{w.change}</th>
        </tr>
      </thead>
      <tbody>
        {REPORT_ROWS.map((row) => {
          const now = row.of(props.measures);
          const before = row.of(props.previous);
          return (
            <tr data-measure={row.key}>
              <th scope="row">{props.locale === 'zh' ? row.zh : row.en}</th>
              <td data-value={now ?? ''}>{formatFigure(now, row.kind)}</td>
              <td>{formatFigure(before, row.kind)}</td>
              <td>{change(row, now, before)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The charts of one report: volume by channel, service outside hours, wait, ratings and on-time rates. */
export function ReportCharts(props: {
  locale: Locale;
  series: readonly SeriesPoint[];
  measures: ReportMeasures;
}) {
  const w = reportWords[props.locale];
  const categories = props.series.map((p) => p.period);
  const monthly = categories[0]?.length === 7;
  const of = (key: keyof SeriesPoint) => props.series.map((p) => p[key] as number | null);
  return (
    <div class="report-charts">
      <SvgChart
        title={monthly ? w.chart.volumeMonthly : w.chart.volume}
        kind="stacked"
        categories={categories}
        series={[
          { name: w.channels.online, color: CHART_COLORS[0], values: of('bookingsOnline') },
          { name: w.channels.desk, color: CHART_COLORS[1], values: of('bookingsDesk') },
          { name: w.channels.phone, color: CHART_COLORS[2], values: of('bookingsPhone') },
          { name: w.channels.walkIn, color: CHART_COLORS[3], values: of('walkInTickets') },
        ]}
      />
      <SvgChart
        title={w.chart.extra}
        kind="bar"
        categories={categories}
        series={[
          { name: w.extra.lunch, color: CHART_COLORS[0], values: of('lunchService') },
          { name: w.extra.extended, color: CHART_COLORS[1], values: of('extendedService') },
          { name: w.extra.restDay, color: CHART_COLORS[2], values: of('restDayService') },
          { name: w.extra.holiday, color: CHART_COLORS[4], values: of('holidayService') },
        ]}
      />
      <SvgChart
        title={w.chart.wait}
        kind="line"
        categories={categories}
        series={[{ name: w.chart.wait, color: CHART_COLORS[5], values: of('waitAverageMinutes') }]}
      />
      <SvgChart
        title={w.chart.rates}
        kind="line"
        percent
        categories={categories}
        series={[
          { name: w.rates.good, color: CHART_COLORS[2], values: of('goodRate') },
          { name: w.rates.accepted, color: CHART_COLORS[0], values: of('acceptedInLimitRate') },
          { name: w.rates.completed, color: CHART_COLORS[1], values: of('completedInLimitRate') },
        ]}
      />
      <SvgChart
        title={w.chart.satisfaction}
        kind="bar"
        categories={w.ratings}
        series={[{ name: w.chart.satisfaction, color: CHART_COLORS[0], values: props.measures.ratings }]}
      />
    </div>
  );
}

/** A ranking: rank, name, and the measures that rank a window or a department. */
export function RankingTable(props: {
  locale: Locale;
  title: string;
  rows: readonly { id: string; measures: ReportMeasures }[];
  nameOf: (id: string) => string;
}) {
  const w = reportWords[props.locale];
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
  return (
    <table class="report-ranking">
      <caption>{props.title}</caption>
      <thead>
        <tr>
          <th scope="col">{w.rank}</th>
          <th scope="col">{w.name}</th>
          {columns.map((c) => (
            <th scope="col">{props.locale === 'zh' ? c.zh : c.en}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row, i) => (
          <tr>
            <td>{i + 1}</td>
            <td>{props.nameOf(row.id)}</td>
            {columns.map((c) => (
              <td>{formatFigure(c.of(row.measures), c.kind)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
