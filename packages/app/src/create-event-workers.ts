import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type {
  DomainEvent,
  Notifier,
  OverdueSource,
  ScheduledTask,
  Scheduler,
  StaffAlerts,
} from '@openhall/domain';
import {
  bookingSchedulesConsumer,
  closeDayStep,
  deliverEvent,
  lateBookingsSource,
  type ReminderDeps,
  reportCountersConsumer,
  runMorningOverdueJob,
  runNightlyJob,
  scheduledTaskDue,
  timeOffAccrualConsumer,
} from '@openhall/services';
import {
  DynamoBookingStore,
  DynamoConfigStore,
  DynamoJobStore,
  DynamoNationalScheduleStore,
  DynamoOnceStore,
  DynamoOutboxStore,
  DynamoQueueStore,
  DynamoReportStore,
  DynamoRotaStore,
} from '@openhall/store';
import { createCare } from './create-care.js';

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
  const nationalScheduleStore = new DynamoNationalScheduleStore(client, tableName);
  const queueStore = new DynamoQueueStore(client, tableName);
  const { care, careStore } = createCare({
    client,
    tableName,
    configStore,
    nationalScheduleStore,
    queueStore,
    now,
  });
  // The reports' counters are kept as the events arrive (idempotent by event id on their own).
  const consumers = [
    bookingSchedulesConsumer(deps),
    reportCountersConsumer({ reportStore: new DynamoReportStore(client, tableName) }),
    // 调休 from completed services and visits, written to the time-off ledger.
    timeOffAccrualConsumer({
      configStore,
      nationalScheduleStore,
      rotaStore: new DynamoRotaStore(client, tableName),
      queueStore,
      careStore,
    }),
  ];
  /** Overdue visits, follow-ups, complaints and special cases, owned by their staff member or department. */
  const careOverdue: OverdueSource = {
    overdue: async (tenantId) =>
      (await care.overdueItems(tenantId, now())).map((item) => ({
        kind: item.kind,
        id: item.id,
        ownerId: item.ownerStaffId ?? item.departmentId ?? 'service-section',
      })),
  };
  return {
    consumers,
    /** Hands one event to every consumer, once per consumer and event id. */
    deliver: (event: DomainEvent) => deliverEvent(deps, consumers, event),
    /** The target of every one-time schedule. */
    runTask: (task: ScheduledTask) => scheduledTaskDue(deps, task),
    nightly: () =>
      runNightlyJob({ ...deps, configStore }, [
        closeDayStep(deps),
        // 好差评 not given within the tenant's window are recorded at its default level, marked so.
        {
          name: 'default-ratings',
          run: async (tenantId, _date, at) => {
            await care.defaultUnratedRatings(tenantId, at);
          },
        },
      ]),
    morning: () =>
      runMorningOverdueJob({ ...deps, configStore }, [lateBookingsSource(jobStore), careOverdue]),
    outbox: new DynamoOutboxStore(client, tableName),
    tenants: async () => (await configStore.listTenants()).map((t) => t.id),
  };
}

export type EventWorkers = ReturnType<typeof createEventWorkers>;
