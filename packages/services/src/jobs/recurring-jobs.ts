import type { LocalTime } from '@openhall/domain';

/** A job that runs every day at a wall-clock time in Asia/Shanghai. */
export interface RecurringJobSpec {
  id: 'nightly' | 'morning';
  /** Asia/Shanghai. */
  at: LocalTime;
  /** The same time as an EventBridge Scheduler cron expression (its time zone Asia/Shanghai). */
  cron: string;
}

/**
 * The recurring jobs: the nightly close (after every hall has closed, extended service included) and
 * the morning overdue list (before the halls open at 9:00). One place, read by the CDK stack and by
 * the local loop, so both run them at the same times.
 */
export const RECURRING_JOBS: readonly RecurringJobSpec[] = [
  { id: 'nightly', at: '23:30', cron: 'cron(30 23 * * ? *)' },
  { id: 'morning', at: '08:30', cron: 'cron(30 8 * * ? *)' },
];
