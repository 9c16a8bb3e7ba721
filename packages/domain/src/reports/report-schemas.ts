import { z } from 'zod';
import { LocalDateSchema, SlugSchema } from '../shared/primitives.js';
import { ReportMeasuresSchema } from './report-measures.js';

/** One row of a ranking: a window, department, hall or matter by id, with its measures. */
export const RankingRowSchema = z
  .object({ id: SlugSchema, measures: ReportMeasuresSchema })
  .meta({ id: 'ReportRankingRow' });

/** One point of the daily (or monthly, for long periods) series the charts draw. */
export const SeriesPointSchema = z
  .object({
    /** `2026-03-05` for a day, `2026-03` for a month. */
    period: z.string(),
    bookingsOnline: z.number(),
    bookingsDesk: z.number(),
    bookingsPhone: z.number(),
    walkInTickets: z.number(),
    completed: z.number(),
    lunchService: z.number(),
    extendedService: z.number(),
    restDayService: z.number(),
    holidayService: z.number(),
    waitAverageMinutes: z.number().nullable(),
    goodRate: z.number().nullable(),
    acceptedInLimitRate: z.number().nullable(),
    completedInLimitRate: z.number().nullable(),
  })
  .meta({ id: 'ReportSeriesPoint' });
export type SeriesPoint = z.infer<typeof SeriesPointSchema>;

export const PeriodSchema = z
  .object({ from: LocalDateSchema, to: LocalDateSchema })
  .meta({ id: 'ReportPeriod' });

/** A district's report over a period, with the period before it beside it. No person is named. */
export const DistrictReportSchema = z
  .object({
    tenantId: SlugSchema,
    period: PeriodSchema,
    previousPeriod: PeriodSchema,
    measures: ReportMeasuresSchema,
    previous: ReportMeasuresSchema,
    series: z.array(SeriesPointSchema),
    rankings: z.object({
      windows: z.array(RankingRowSchema),
      departments: z.array(RankingRowSchema),
      halls: z.array(RankingRowSchema),
      matters: z.array(RankingRowSchema),
    }),
    /** Counter items read to build it: bounded by the period and the configuration, never the volume. */
    itemsRead: z.number().int(),
  })
  .meta({ id: 'DistrictReport' });
export type DistrictReport = z.infer<typeof DistrictReportSchema>;

/** A province's districts side by side over a period. */
export const ProvinceReportSchema = z
  .object({
    province: z.string(),
    period: PeriodSchema,
    previousPeriod: PeriodSchema,
    districts: z.array(
      z.object({
        tenantId: SlugSchema,
        measures: ReportMeasuresSchema,
        previous: ReportMeasuresSchema,
        series: z.array(SeriesPointSchema),
      }),
    ),
    measures: ReportMeasuresSchema,
    itemsRead: z.number().int(),
  })
  .meta({ id: 'ProvinceReport' });
export type ProvinceReport = z.infer<typeof ProvinceReportSchema>;
