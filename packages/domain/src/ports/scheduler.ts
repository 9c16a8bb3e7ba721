/** What a one-time schedule runs when it fires; the handler re-reads the booking before acting. */
export type ScheduledTask =
  | { kind: 'booking-reminder'; tenantId: string; code: string; ruleId: string; start: string }
  | { kind: 'booking-lateness'; tenantId: string; code: string; start: string };

/** The schedule groups, by purpose (an account has at most 500 groups: never one per tenant). */
export type ScheduleGroup = 'reminders' | 'lateness';

/** A one-time schedule: fires once at `at` (Asia/Shanghai), then deletes itself. */
export interface OneTimeSchedule {
  /** Deterministic from the booking, the purpose and the time, so re-creating it is a no-op. */
  name: string;
  group: ScheduleGroup;
  at: Date;
  /** Ids and times only: never a phone or a name. */
  task: ScheduledTask;
}

/**
 * Port for one-time schedules (EventBridge Scheduler in AWS, an in-process clock locally).
 * `create` answers `exists` when a schedule of that name is there already (a retry after success);
 * `delete` answers `absent` when there is none (it fired, or was never made).
 */
export interface Scheduler {
  create(schedule: OneTimeSchedule): Promise<'created' | 'exists'>;
  delete(group: ScheduleGroup, name: string): Promise<'deleted' | 'absent'>;
}
