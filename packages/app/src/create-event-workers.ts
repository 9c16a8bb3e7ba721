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
import { createCare } from './create-care.js';
import { createDynamoStores, notifierOf } from './create-dynamo-stores.js';

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
  const stores = createDynamoStores(client, tableName);
  const { configStore, jobStore, nationalScheduleStore, queueStore, careStore } = stores;
  const notifier = notifierOf(options, stores, now);
  const deps: ReminderDeps = {
    configStore,
    bookingStore: stores.bookingStore,
    scheduler: options.scheduler,
    notifier,
    staffAlerts:
      options.staffAlerts ??
      new SmsStaffAlerts({ configStore, notifier, ...(options.log ? { log: options.log } : {}) }),
    alertStore: stores.alertStore,
    onceStore: stores.onceStore,
    jobStore,
    now,
  };
  const care = createCare({ careStore, configStore, nationalScheduleStore, queueStore, now });
  // The reports' counters are kept as the events arrive (idempotent by event id on their own).
  const consumers = [
    bookingSchedulesConsumer(deps),
    reportCountersConsumer({ reportStore: stores.reportStore }),
    // 调休 from completed services and visits, written to the time-off ledger.
    timeOffAccrualConsumer({
      configStore,
      nationalScheduleStore,
      rotaStore: stores.rotaStore,
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
    outbox: stores.outbox,
    alertStore: deps.alertStore,
    tenants: async () => (await configStore.listTenants()).map((t) => t.id),
  };
}

export type EventWorkers = ReturnType<typeof createEventWorkers>;
