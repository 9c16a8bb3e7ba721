import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createEventWorkers } from '@openhall/app';
import type { DomainEvent, TenantConfig } from '@openhall/domain';
import {
  createKeyedHasher,
  EventRelay,
  LocalClock,
  LocalScheduler,
  OutboxNotifier,
  OutboxStaffAlerts,
} from '@openhall/services';
import { DynamoConfigStore } from '@openhall/store';
import { ensureTable } from '@openhall/store/local';
import { seedTenants } from '../seed-tenants.js';
import type { SlotRef } from './citizen-http.js';
import { citizenOf } from './citizen-of.js';
import {
  CountingScheduler,
  type ScheduleCallsOfType,
  type SchedulerCalls,
  scheduleCallsByType,
} from './counting-scheduler.js';
import { type DirectBooking, DirectDynamo } from './direct-dynamo.js';

export type { ScheduleCallsOfType } from './counting-scheduler.js';

export interface EventRelayResult {
  /** Events the relay read from the outbox, delivered and marked relayed. */
  events: number;
  /** Deliveries that failed (left pending for a later round). */
  failed: number;
  durationMs: number;
  eventsPerSecond: number;
  /** `time` when the time limit stopped the relay with events still pending. */
  stoppedBy: 'drained' | 'time';
  /** Bookings whose events were relayed (distinct booking codes among the booking events). */
  bookings: number;
  /** The bookings behind the outbox: made, then cancelled and moved. */
  made: number;
  cancelled: number;
  moved: number;
  /** Per event type that made Scheduler calls, and per booking event type: the Scheduler API calls it cost. */
  scheduleCalls: ScheduleCallsOfType[];
  /** Every Scheduler call by its answer (`create:created`, `delete:absent` ...). */
  schedulerAnswers: Record<string, number>;
}

/** Which uses of the slots found go to the bookings made, and which slot each moved booking moves to. */
export function planRelayBookings(
  slots: readonly SlotRef[],
  counts: { made: number; cancelled: number; moved: number },
): { made: SlotRef[]; moves: (SlotRef | undefined)[] } {
  const uses = slots.flatMap((s) => Array.from({ length: s.capacity }, () => s));
  const made = uses.slice(0, counts.made);
  const spare = uses.slice(counts.made);
  const moves = made.slice(counts.cancelled, counts.cancelled + counts.moved).map((from) => {
    const i = spare.findIndex(
      (s) =>
        s.tenantId === from.tenantId &&
        s.hallId === from.hallId &&
        s.matterId === from.matterId &&
        s.start !== from.start,
    );
    return i < 0 ? undefined : spare.splice(i, 1)[0];
  });
  return { made, moves };
}

/**
 * The relay on a few hundred bookings of its own: the seeded tenants on a table of their own, where
 * `made` bookings are made on slots the availability API offered, then the first `cancelled` of them
 * cancelled and the next `moved` moved, all with the store's own transactions (each writes its
 * event to the outbox). Then the outbox is drained through the local relay (`EventRelay`, as
 * `pnpm start` runs it) and the real consumers on DynamoDB Local: the reminders' and lateness
 * schedules, and the report counters. The consumers get a counting adapter on their `Scheduler` port
 * (over the in-process scheduler), so what each booking event costs in Scheduler API calls (in AWS,
 * each a CreateSchedule or DeleteSchedule request) is counted per event type. Stops after `maxMs`
 * even with events pending (marked †).
 */
export async function measureEventRelay(options: {
  client: DynamoDBDocumentClient;
  tableName: string;
  configs: ReadonlyMap<string, TenantConfig>;
  slots: readonly SlotRef[];
  plan: { made: number; cancelled: number; moved: number; maxMs: number };
  log: (line: string) => void;
}): Promise<EventRelayResult> {
  const { client, tableName, plan } = options;
  await ensureTable(client, tableName);
  await seedTenants(new DynamoConfigStore(client, tableName), new Date(), { phoneVerification: 'off' });
  const direct = new DirectDynamo(
    client,
    tableName,
    createKeyedHasher(randomBytes(32).toString('hex')),
    options.configs,
  );
  const { made, moves } = planRelayBookings(options.slots, plan);
  const held: DirectBooking[] = [];
  for (const [i, slot] of made.entries()) {
    const booking = await direct.create(slot, citizenOf('direct', i));
    if (booking) held.push(booking);
  }
  let cancelled = 0;
  for (const booking of held.slice(0, plan.cancelled)) {
    await direct.cancel(booking);
    cancelled++;
  }
  let moved = 0;
  for (const [i, booking] of held.slice(plan.cancelled, plan.cancelled + plan.moved).entries()) {
    const target = moves[i];
    if (target && (await direct.reschedule(booking, target)) === 'ok') moved++;
  }
  options.log(`  ${held.length} bookings made, ${cancelled} cancelled, ${moved} moved; relaying`);
  const maxMs = plan.maxMs;
  const clock = LocalClock.fixed(new Date());
  const scheduler = new CountingScheduler(new LocalScheduler());
  const workers = createEventWorkers({
    client,
    tableName,
    scheduler,
    notifier: new OutboxNotifier({ now: clock.now, capacity: 10 }),
    staffAlerts: new OutboxStaffAlerts(clock.now, 10),
    now: clock.now,
  });
  const deliveries: { type: string; calls: SchedulerCalls }[] = [];
  const bookings = new Set<string>();
  const relay = new EventRelay({
    outbox: workers.outbox,
    tenants: workers.tenants,
    now: clock.now,
    // The relay delivers one event at a time: the calls made meanwhile are that event's.
    deliver: async (event: DomainEvent) => {
      const before = { ...scheduler.calls };
      await workers.deliver(event);
      deliveries.push({
        type: event.type,
        calls: {
          create: scheduler.calls.create - before.create,
          delete: scheduler.calls.delete - before.delete,
        },
      });
      if (event.subject.kind === 'booking') bookings.add(`${event.tenantId}/${event.subject.id}`);
    },
  });
  const t0 = performance.now();
  let events = 0;
  let failed = 0;
  let stoppedBy: EventRelayResult['stoppedBy'] = 'drained';
  for (;;) {
    if (performance.now() - t0 > maxMs) {
      stoppedBy = 'time';
      break;
    }
    const round = await relay.relayOnce();
    events += round.delivered;
    failed += round.failed;
    if (round.delivered === 0) break;
  }
  const durationMs = performance.now() - t0;
  const byType = scheduleCallsByType(deliveries);
  return {
    events,
    failed,
    durationMs: Math.round(durationMs),
    eventsPerSecond: Math.round((events / (durationMs / 1000)) * 10) / 10,
    stoppedBy,
    bookings: bookings.size,
    made: held.length,
    cancelled,
    moved,
    scheduleCalls: byType.filter((r) => r.type.startsWith('booking.') || r.callsPerEvent > 0),
    schedulerAnswers: { ...scheduler.answers },
  };
}
