/** The business metrics the product counts (CloudWatch EMF under Lambda, nothing locally). */
export const APP_METRICS = [
  'BookingsCreated',
  'SmsSent',
  'RemindersSent',
  'SmsFailed',
  'EventsRelayed',
  'Failures',
  /** Outbox events the archive files as `unassigned` because their province could not be read. */
  'ArchiveProvinceMissed',
] as const;
export type AppMetricName = (typeof APP_METRICS)[number];

/** Counts business events; an adapter publishes them at the end of each invocation. */
export interface AppMetrics {
  count(name: AppMetricName, value?: number): void;
}

/** Counts nothing: tests and local development. */
export const noMetrics: AppMetrics = { count() {} };
