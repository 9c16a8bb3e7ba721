import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  type AppLog,
  type AppMetrics,
  type DomainEvent,
  NEAR_DEADLINE_MS,
  type Notifier,
  type OverdueSource,
  type ScheduledTask,
  type Scheduler,
  type StaffAlerts,
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
  type SmsGateway,
  SmsStaffAlerts,
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
  DynamoStaffAlertStore,
} from '@openhall/store';
import { createCare } from './create-care.js';
import { createSmsNotifier } from './create-sms-notifier.js';

export interface EventWorkersOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  scheduler: Scheduler;
  /**
   * Sends the citizens' reminders; by default each tenant's provider through `smsGateway` (the
   * deployment's notifier, `createSmsNotifier`), which without a gateway refuses every send.
   */
  notifier?: Notifier;
  /** The providers (the Lambda's lazy gateway over Secrets Manager) when `notifier` is not given. */
  smsGateway?: SmsGateway;
  /** Tells the section managers by SMS (late bookings, the overdue list); by default through `notifier`. */
  staffAlerts?: StaffAlerts;
  now?: () => Date;
  log?: AppLog;
  metrics?: AppMetrics;
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
  const notifier =
    options.notifier ??
    createSmsNotifier({
      client,
      tableName,
      configStore,
      now,
      ...(options.smsGateway ? { smsGateway: options.smsGateway } : {}),
      ...(options.metrics ? { metrics: options.metrics } : {}),
      ...(options.log ? { log: options.log } : {}),
    });
  const deps: ReminderDeps = {
    configStore,
    bookingStore: new DynamoBookingStore(client, tableName),
    scheduler: options.scheduler,
    notifier,
    staffAlerts:
      options.staffAlerts ??
      new SmsStaffAlerts({ configStore, notifier, ...(options.log ? { log: options.log } : {}) }),
    alertStore: new DynamoStaffAlertStore(client, tableName),
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
  /**
   * Visits, follow-ups, complaints and special cases past their deadline, or near it (due within
   * `NEAR_DEADLINE_MS`), owned by their staff member or department.
   */
  const careOverdue: OverdueSource = {
    overdue: async (tenantId) => {
      const at = now();
      const upcoming = await care.overdueItems(tenantId, new Date(at.getTime() + NEAR_DEADLINE_MS));
      return upcoming.map((item) => ({
        kind: item.kind,
        id: item.id,
        ownerId: item.ownerStaffId ?? item.departmentId ?? 'service-section',
        dueAt: item.dueAt,
        owner: {
          ...(item.ownerStaffId ? { staffId: item.ownerStaffId } : {}),
          ...(item.departmentId ? { departmentId: item.departmentId } : {}),
        },
        near: Date.parse(item.dueAt) >= at.getTime(),
      }));
    },
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
    alertStore: deps.alertStore,
    tenants: async () => (await configStore.listTenants()).map((t) => t.id),
  };
}

export type EventWorkers = ReturnType<typeof createEventWorkers>;
