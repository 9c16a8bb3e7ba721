import type { NationalSchedules } from '../national/published-national-day.js';
import type { TenantConfig } from '../tenant/tenant-config.js';

/** The platform's published national schedules, which a calendar reads beside the tenant's data. */
export interface NationalCalendarContext {
  /** By year; a year here is no longer provisional. Built-in data answers the other years. */
  nationalSchedules?: NationalSchedules;
}

/** The part of a tenant's configuration the calendar reads, with the published national schedules. */
export type CalendarConfig = Pick<TenantConfig, 'halls' | 'calendarOverrides'> & NationalCalendarContext;
