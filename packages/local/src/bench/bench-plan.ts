/**
 * How much `pnpm bench` sends. Every loop is bounded twice, by count and by time, so the whole run
 * stays under about five minutes on two cores even when the machine is slow.
 */
export const BENCH_PLAN = {
  /** Tenants asked for availability; bookings go where the online channel has places. */
  tenants: ['zibo', 'boai', 'chengde-gxq', 'zaozhuang-gxq'],
  search: { firstDayOffset: 2, days: 14, wantedPlaces: 2000, maxRequests: 1200 },
  /** Distinct availability questions the availability phases cycle through. */
  availabilityQueries: 48,
  warmup: { availability: 60, create: 12 },
  availability: { sequential: 400, concurrent: 1200 },
  create: { sequential: 200, concurrent: 400 },
  cancel: { sequential: 100, concurrent: 160 },
  reschedule: { sequential: 100, concurrent: 160 },
  concurrency: 8,
  /** Slots fought over, and citizens booking each at the same moment. */
  contended: { slots: 6, citizensPerSlot: 16 },
  /**
   * A matter at 50 windows, its hall-day filled with these many bookings level by level (every
   * third on its own windows at one of `ownTimes` other times, the rest on neighbouring windows
   * all day); at each level availability and booking one at a time.
   */
  fillLevels: {
    levels: [0, 100, 1000],
    windows: 50,
    ownTimes: 4,
    ownEvery: 3,
    availability: 60,
    create: 40,
    fillMaxMs: 120_000,
    phaseMaxMs: 25_000,
  },
  /** Rounds of a month (30 days) of availability for the 50-window matter, domain only. */
  availabilityMonthRounds: 30,
  /** Fresh Node.js processes that import each Lambda bundle, for its cold-start CPU time. */
  coldStart: { processes: 15 },
  /** Longest one phase may run. */
  phaseMaxMs: 15_000,
  /** Longest the measured phases may run together; a phase past it runs for one second at most. */
  budgetMs: 140_000,
  /** The bench gives up (and stops DynamoDB Local) after this long, whatever it is doing. */
  watchdogMs: 600_000,
} as const;

export type BenchPlan = typeof BENCH_PLAN;
