import {
  addCounts,
  addDays,
  type Counts,
  type Dimension,
  type DistrictReport,
  dayDistance,
  type LocalDate,
  MAX_REPORT_DAYS,
  measuresOf,
  planPeriod,
  previousPeriod,
  ReportPeriodError,
  type ReportStore,
  type SeriesPoint,
} from '@openhall/domain';

export interface ReportDeps {
  reportStore: ReportStore;
}

/** Periods up to this many days are charted day by day; longer ones month by month. */
export const DAILY_SERIES_MAX_DAYS = 92;

/** Rows a ranking keeps. */
export const RANKING_ROWS = 30;

/** Refuses a period that ends before it starts or is longer than a report covers. */
export function checkPeriod(from: LocalDate, to: LocalDate): void {
  const days = dayDistance(from, to) + 1;
  if (days < 1 || days > MAX_REPORT_DAYS) throw new ReportPeriodError(from, to, MAX_REPORT_DAYS);
}

/** A point of the charts from the counters of one day or month. */
export function seriesPointOf(period: string, counts: Counts): SeriesPoint {
  const m = measuresOf(counts);
  return {
    period,
    bookingsOnline: m.bookingsOnline,
    bookingsDesk: m.bookingsDesk,
    bookingsPhone: m.bookingsPhone,
    walkInTickets: m.walkInTickets,
    completed: m.completed,
    lunchService: m.lunchService,
    extendedService: m.extendedService,
    restDayService: m.restDayService,
    holidayService: m.holidayService,
    waitAverageMinutes: m.waitAverageMinutes,
    goodRate: m.goodRate,
    acceptedInLimitRate: m.acceptedInLimitRate,
    completedInLimitRate: m.completedInLimitRate,
  };
}

const monthEnd = (month: string): LocalDate => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return addDays(next as LocalDate, -1);
};

/**
 * The chart series of a period: every day (missing days as zero) for a period up to
 * `DAILY_SERIES_MAX_DAYS`, else every month, a month cut by the period's ends counted from its days.
 */
export async function seriesOf(
  deps: ReportDeps,
  tenantId: string,
  from: LocalDate,
  to: LocalDate,
): Promise<{ series: SeriesPoint[]; itemsRead: number }> {
  if (dayDistance(from, to) + 1 <= DAILY_SERIES_MAX_DAYS) {
    const read = await deps.reportStore.series(tenantId, 'day', from, to);
    const series: SeriesPoint[] = [];
    for (let d = from; d <= to; d = addDays(d, 1)) series.push(seriesPointOf(d, read.value.get(d) ?? {}));
    return { series, itemsRead: read.itemsRead };
  }
  const months: { month: string; from: LocalDate; to: LocalDate }[] = [];
  for (let start = from; start <= to; ) {
    const month = start.slice(0, 7);
    const end = monthEnd(month) < to ? monthEnd(month) : to;
    months.push({ month, from: start, to: end });
    start = addDays(end, 1);
  }
  const reads = await Promise.all(
    months.map((m) => deps.reportStore.totals(tenantId, planPeriod(m.from, m.to))),
  );
  return {
    series: months.map((m, i) => seriesPointOf(m.month, reads[i]?.value ?? {})),
    itemsRead: reads.reduce((n, r) => n + r.itemsRead, 0),
  };
}

/** Busiest first: accepted plus completed, then the id, so the order is stable. */
function ranking(byId: Map<string, Counts>) {
  return [...byId.entries()]
    .map(([id, counts]) => ({ id, measures: measuresOf(counts) }))
    .sort(
      (a, b) =>
        b.measures.accepted + b.measures.completed - (a.measures.accepted + a.measures.completed) ||
        b.measures.bookings - a.measures.bookings ||
        a.id.localeCompare(b.id),
    )
    .slice(0, RANKING_ROWS);
}

/**
 * A district's report over `from` … `to`: its figures with the period before beside them, the
 * chart series and rankings of windows, departments, halls and matters. It reads counter items
 * only, as many as the period's plan names, never a booking: its cost does not grow with volume.
 */
export async function districtReport(
  deps: ReportDeps,
  tenantId: string,
  from: LocalDate,
  to: LocalDate,
): Promise<DistrictReport> {
  checkPeriod(from, to);
  const previous = previousPeriod(from, to);
  const plan = planPeriod(from, to);
  const dims: Dimension[] = ['window', 'department', 'hall', 'matter'];
  const [now, before, series, ...ranked] = await Promise.all([
    deps.reportStore.totals(tenantId, plan),
    deps.reportStore.totals(tenantId, planPeriod(previous.from, previous.to)),
    seriesOf(deps, tenantId, from, to),
    ...dims.map((d) => deps.reportStore.byDimension(tenantId, d, plan)),
  ]);
  const [windows, departments, halls, matters] = ranked.map((r) => ranking(r.value)) as [
    ReturnType<typeof ranking>,
    ReturnType<typeof ranking>,
    ReturnType<typeof ranking>,
    ReturnType<typeof ranking>,
  ];
  return {
    tenantId,
    period: { from, to },
    previousPeriod: previous,
    measures: measuresOf(now.value),
    previous: measuresOf(before.value),
    series: series.series,
    rankings: { windows, departments, halls, matters },
    itemsRead:
      now.itemsRead + before.itemsRead + series.itemsRead + ranked.reduce((n, r) => n + r.itemsRead, 0),
  };
}

/** Sums counters (the province's total over its districts). */
export function sumCounts(all: readonly Counts[]): Counts {
  return all.reduce<Counts>((sum, c) => addCounts(sum, c), {});
}
