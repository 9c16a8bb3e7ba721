/** The business metrics the product counts (CloudWatch EMF under Lambda, nothing locally). */
export const APP_METRICS = [
  'BookingsCreated',
  'SmsSent',
  'RemindersSent',
  'SmsFailed',
  'EventsRelayed',
  'Failures',
] as const;
export type AppMetricName = (typeof APP_METRICS)[number];

/** Counts business events; an adapter publishes them at the end of each invocation. */
export interface AppMetrics {
  count(name: AppMetricName, value?: number): void;
}

/** Counts nothing: tests and local development. */
export const noMetrics: AppMetrics = { count() {} };
