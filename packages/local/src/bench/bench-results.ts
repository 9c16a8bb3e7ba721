import type { AvailabilityMonthResult } from './availability-month-result.js';
import type { BenchEnvironment } from './bench-environment.js';
import type { BenchPlan } from './bench-plan.js';
import type { MemorySample } from './bench-server-protocol.js';
import type { ColdStartResult } from './cold-start.js';
import type { EventRelayResult } from './event-relay-bench.js';
import type { FillLevelsResult } from './fill-levels.js';
import type { SideResult } from './measure-side.js';
import type { ReportBenchResult } from './report-bench.js';

export type OperationName = 'availability' | 'create' | 'cancel' | 'reschedule' | 'ticket' | 'call-next';

/** Where the queue phases ran: a hall's kiosk category, its callers, and the bench server's clock. */
export interface QueueSetup {
  tenantId: string;
  hallId: string;
  categoryId: string;
  windows: number;
  callers: number;
  /** The queue server's clock when it started (inside the hall's opening hours), ISO 8601. */
  clockStart: string;
  /** Tickets in the hall-day's queue when the phases ended (every ticket the phases issued). */
  ticketsInQueue: number;
}

/** One operation in one phase, through the API and straight to DynamoDB. */
export interface OperationResult {
  operation: OperationName;
  phase: 'sequential' | 'concurrent';
  concurrency: number;
  http: SideResult;
  direct: SideResult;
  /** The API and the direct run sent the same DynamoDB calls per request: the comparison holds. */
  sameCalls: boolean;
  /** HTTP divided by direct: p50 above 1 and throughput below 1 is what the stack adds. */
  ratio: { p50: number; throughput: number };
}

/** Many citizens booking the same slot at once: never more bookings than places. */
export interface ContendedResult {
  slots: number;
  citizensPerSlot: number;
  capacityPerSlot: number[];
  /** 201 answers per slot. */
  bookedPerSlot: number[];
  /** The slot counter read back (strongly consistent) after the burst. */
  counterPerSlot: number[];
  /** True if any slot took more bookings than places, or its counter disagrees with the 201s. */
  oversold: boolean;
  http: SideResult;
}

export interface BenchResults {
  environment: BenchEnvironment;
  plan: BenchPlan;
  setup: {
    tenantsSeeded: string[];
    slotsFound: number;
    placesFound: number;
    placesByTenant: Record<string, number>;
    searchRequests: number;
    availabilityQueries: number;
  };
  operations: OperationResult[];
  contended: ContendedResult;
  /** The server process (Hono app, SDK client), not the bench that loads it. */
  serverMemory: { before: MemorySample; after: MemorySample };
  durationMs: number;
  /** 50 windows, the hall-day filled with 0 / 100 / 1,000 bookings: reads and latency per level. */
  fillLevels?: FillLevelsResult;
  /** Capacity units per availability and booking request: the figures of commit 530f7cb beside this run. */
  capacityBeforeAfter?: CapacityComparison[];
  /** Domain time of a month of availability for a 50-window hall. */
  availabilityMonth?: AvailabilityMonthResult;
  /** The Lambda bundle: sizes and the CPU time of a cold import (also `pnpm bench:cold` alone). */
  coldStart?: ColdStartResult;
  /** Events per second through the local relay, and scheduler calls per booking event. */
  eventRelay?: EventRelayResult;
  /** The kiosk's ticket and call-next: where they ran (the rows are in `operations`). */
  queue?: QueueSetup;
  /** District and provincial 90-day reports at each volume of bookings, and the counters' write cost. */
  reports?: ReportBenchResult;
}

/** Capacity units per request before the configuration head and after, one row per operation and phase. */
export interface CapacityComparison {
  operation: 'availability' | 'create';
  phase: 'sequential' | 'concurrent';
  before: { total: number; config: number };
  /** Measured in this run; `config` is the GetItem capacity (the configuration head, and the whole item when it moved). */
  after: { total: number; config: number };
}
