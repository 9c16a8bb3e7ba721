import {
  addDays,
  dayDistance,
  type LocalDate,
  LocalDateSchema,
  MAX_REPORT_DAYS,
  shanghaiDateOf,
} from '@openhall/domain';

/**
 * The period a report page shows: `from` and `to` from the query when they make a valid period,
 * else the last 30 days to today (Shanghai), and whether the asked one was refused.
 */
export function periodFromQuery(
  query: { from?: string | undefined; to?: string | undefined },
  now: Date,
): { from: LocalDate; to: LocalDate; invalid: boolean } {
  const today = shanghaiDateOf(now);
  const fallback = { from: addDays(today, -29), to: today };
  if (query.from === undefined && query.to === undefined) return { ...fallback, invalid: false };
  const from = LocalDateSchema.safeParse(query.from);
  const to = LocalDateSchema.safeParse(query.to);
  if (!from.success || !to.success) return { ...fallback, invalid: true };
  const days = dayDistance(from.data, to.data) + 1;
  if (days < 1 || days > MAX_REPORT_DAYS) return { ...fallback, invalid: true };
  return { from: from.data, to: to.data, invalid: false };
}

/** The quick periods a picker offers, ending today. */
export function quickPeriods(
  now: Date,
): { key: 'last7' | 'last30' | 'last90' | 'thisYear'; from: LocalDate; to: LocalDate }[] {
  const today = shanghaiDateOf(now);
  return [
    { key: 'last7', from: addDays(today, -6), to: today },
    { key: 'last30', from: addDays(today, -29), to: today },
    { key: 'last90', from: addDays(today, -89), to: today },
    { key: 'thisYear', from: `${today.slice(0, 4)}-01-01` as LocalDate, to: today },
  ];
}
