/**
 * How much `pnpm bench` sends. Every loop is bounded twice, by count and by time, so the whole run
 * stays under about ten minutes on two loaded cores.
 */
export const BENCH_PLAN = {
  /** Tenants asked for availability; bookings go where the online channel has places. */
  tenants: ['zibo', 'boai', 'chengde-gxq', 'zaozhuang-gxq'],
  search: { firstDayOffset: 2, days: 14, wantedPlaces: 2000, maxRequests: 1200 },
  /** Distinct availability questions the availability phases cycle through. */
  availabilityQueries: 48,
  warmup: { availability: 60, create: 12 },
  availability: { sequential: 200, concurrent: 600 },
  create: { sequential: 200, concurrent: 400 },
  cancel: { sequential: 60, concurrent: 100 },
  reschedule: { sequential: 60, concurrent: 100 },
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
    fillMaxMs: 90_000,
    phaseMaxMs: 15_000,
  },
  /**
   * The kiosk's ticket and call-next, through HTTP on a second bench server whose clock starts inside
   * the hall's opening hours (the kiosk refuses tickets after closing), beside the same DynamoDB
   * requests direct. The hall's category A (4 windows); 8 in flight are its window members (A and B
   * holders, and the development account that serves all four) pressing at once, taking turns. Every
   * ticket issued is called: the calls never run dry.
   */
  queue: {
    tenantId: 'zaozhuang-gxq',
    hallId: 'zaozhuang-gxq-hall',
    categoryId: 'approval-bureau',
    warmup: 5,
    ticket: { sequential: 60, concurrent: 120 },
    callNext: { sequential: 60, concurrent: 120 },
    /** Minutes of opening hours the clock must have ahead of it. */
    openMinutes: 45,
    phaseMaxMs: 20_000,
    budgetMs: 100_000,
  },
  /**
   * A few hundred bookings of its own (on a table of their own) made, then some cancelled and some
   * moved, and their outbox drained through the local relay; it stops after `maxMs`.
   */
  relay: { made: 150, cancelled: 50, moved: 50, maxMs: 60_000 },
  /**
   * District and provincial 90-day reports with each volume of bookings' events behind them (the
   * province's shared by its districts), each read `runs` times; the counters' write cost measured
   * on `writeCostBookings` bookings' events.
   */
  reports: {
    volumes: [10_000, 1_000_000],
    days: 90,
    provinceDistricts: 4,
    runs: 4,
    writeCostBookings: 40,
  },
  /** Rounds of a month (30 days) of availability for the 50-window matter, domain only. */
  availabilityMonthRounds: 30,
  /**
   * Fresh Node.js processes that import each Lambda bundle and answer its first request, for its
   * cold-start CPU time: 15, the minimum and median of which the performance review compares.
   */
  coldStart: { processes: 15 },
  /** Longest one phase may run. */
  phaseMaxMs: 15_000,
  /** Longest the measured phases may run together; a phase past it runs for one second at most. */
  budgetMs: 120_000,
  /** The bench gives up (and stops DynamoDB Local) after this long, whatever it is doing. */
  watchdogMs: 900_000,
} as const;

export type BenchPlan = typeof BENCH_PLAN;
