import {
  type LocalDate,
  measuresOf,
  type Province,
  type ProvinceReport,
  planPeriod,
  previousPeriod,
} from '@openhall/domain';
import { checkPeriod, type ReportDeps, seriesOf, sumCounts } from './district-report.js';

/**
 * A province's districts side by side over a period: each district's figures, the period before
 * and its series, and the province's total. The districts are the ones whose configuration names
 * this province (one Query); no other district is read.
 */
export async function provinceReport(
  deps: ReportDeps,
  province: Province,
  from: LocalDate,
  to: LocalDate,
): Promise<ProvinceReport> {
  checkPeriod(from, to);
  const previous = previousPeriod(from, to);
  const plan = planPeriod(from, to);
  const previousPlan = planPeriod(previous.from, previous.to);
  const districts = await deps.reportStore.districtsOf(province);
  const rows = await Promise.all(
    districts.map(async (tenantId) => {
      const [now, before, series] = await Promise.all([
        deps.reportStore.totals(tenantId, plan),
        deps.reportStore.totals(tenantId, previousPlan),
        seriesOf(deps, tenantId, from, to),
      ]);
      return { tenantId, now, before, series };
    }),
  );
  return {
    province,
    period: { from, to },
    previousPeriod: previous,
    districts: rows.map((r) => ({
      tenantId: r.tenantId,
      measures: measuresOf(r.now.value),
      previous: measuresOf(r.before.value),
      series: r.series.series,
    })),
    measures: measuresOf(sumCounts(rows.map((r) => r.now.value))),
    itemsRead: rows.reduce((n, r) => n + r.now.itemsRead + r.before.itemsRead + r.series.itemsRead, 0),
  };
}
