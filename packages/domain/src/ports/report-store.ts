import type { DomainEvent } from '../events/domain-event.js';
import type { Dimension, EventCounts } from '../reports/event-counts.js';
import type { Grain, PlannedRange } from '../reports/period-plan.js';
import type { Counts } from '../reports/report-counters.js';
import type { Province } from '../tenant/tenant.js';

/** Counters read back, and how many items it took (so a test and the bench can hold the bound). */
export interface CountsRead<T> {
  value: T;
  itemsRead: number;
}

/** The report counters: added to as events happen, read by period. */
export interface ReportStore {
  /**
   * Adds an event's counters to its day, month and year, at most once per event id: a redelivered
   * event answers `duplicate` and adds nothing.
   */
  count(event: DomainEvent, counts: EventCounts): Promise<'counted' | 'duplicate'>;
  /** The district's totals over the planned items. */
  totals(tenantId: string, plan: readonly PlannedRange[]): Promise<CountsRead<Counts>>;
  /** The district's totals per day (or month) from `from` to `to`, in order, missing ones as zero. */
  series(
    tenantId: string,
    grain: Exclude<Grain, 'year'>,
    from: string,
    to: string,
  ): Promise<CountsRead<Map<string, Counts>>>;
  /** Totals per value of one dimension (each window, department …) over the planned items. */
  byDimension(
    tenantId: string,
    dimension: Dimension,
    plan: readonly PlannedRange[],
  ): Promise<CountsRead<Map<string, Counts>>>;
  /** The districts (tenant ids) that joined `province` by their configuration: one Query. */
  districtsOf(province: Province): Promise<string[]>;
}
