import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DomainEvent, Notifier, ScheduledTask, Scheduler, StaffAlerts } from '@openhall/domain';
import {
  bookingSchedulesConsumer,
  closeDayStep,
  deliverEvent,
  lateBookingsSource,
  type ReminderDeps,
  runMorningOverdueJob,
  runNightlyJob,
  scheduledTaskDue,
} from '@openhall/services';
import {
  DynamoBookingStore,
  DynamoConfigStore,
  DynamoJobStore,
  DynamoOnceStore,
  DynamoOutboxStore,
} from '@openhall/store';

export interface EventWorkersOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  scheduler: Scheduler;
  /** Sends the citizens' reminders. */
  notifier: Notifier;
  /** Tells the section managers (late bookings, the overdue list). */
  staffAlerts: StaffAlerts;
  now?: () => Date;
}

/**
 * What runs without a click, wired once: the event consumers, the one-time schedules' target and
 * the daily jobs, over the single table. The Lambda entries (`functions/`) and the local loop
 * (`createLocalEvents`) both take them from here.
 */
export function createEventWorkers(options: EventWorkersOptions) {
  const { client, tableName } = options;
  const now = options.now ?? (() => new Date());
  const configStore = new DynamoConfigStore(client, tableName);
  const jobStore = new DynamoJobStore(client, tableName);
  const deps: ReminderDeps = {
    configStore,
    bookingStore: new DynamoBookingStore(client, tableName),
    scheduler: options.scheduler,
    notifier: options.notifier,
    staffAlerts: options.staffAlerts,
    onceStore: new DynamoOnceStore(client, tableName),
    jobStore,
    now,
  };
  const consumers = [bookingSchedulesConsumer(deps)];
  return {
    consumers,
    /** Hands one event to every consumer, once per consumer and event id. */
    deliver: (event: DomainEvent) => deliverEvent(deps, consumers, event),
    /** The target of every one-time schedule. */
    runTask: (task: ScheduledTask) => scheduledTaskDue(deps, task),
    nightly: () => runNightlyJob({ ...deps, configStore }, [closeDayStep(deps)]),
    morning: () => runMorningOverdueJob({ ...deps, configStore }, [lateBookingsSource(jobStore)]),
    outbox: new DynamoOutboxStore(client, tableName),
    tenants: async () => (await configStore.listTenants()).map((t) => t.id),
  };
}

export type EventWorkers = ReturnType<typeof createEventWorkers>;
