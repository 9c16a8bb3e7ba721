import { performance } from 'node:perf_hooks';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createLocalEvents } from '@openhall/app';
import type { DomainEvent } from '@openhall/domain';
import { LocalClock, OutboxNotifier, OutboxStaffAlerts } from '@openhall/services';

/** Scheduler API calls one event of a type cost, on average over the events relayed. */
export interface ScheduleCallsOfType {
  type: string;
  events: number;
  createPerEvent: number;
  deletePerEvent: number;
}

export interface EventRelayResult {
  /** Events the relay read from the outbox, delivered and marked relayed. */
  events: number;
  durationMs: number;
  eventsPerSecond: number;
  /** Per booking event type: CreateSchedule and DeleteSchedule calls (the cost per booking of its schedules). */
  scheduleCalls: ScheduleCallsOfType[];
}

/**
 * Drains the outbox the bench's bookings filled (created, cancelled, moved), through the local relay
 * and the real consumers on DynamoDB Local, with the in-process scheduler counting its calls: events
 * per second through the relay, and what each booking event costs in scheduler API calls (in AWS,
 * each is a CreateSchedule or DeleteSchedule request).
 */
export async function measureEventRelay(
  client: DynamoDBDocumentClient,
  tableName: string,
): Promise<EventRelayResult> {
  const clock = LocalClock.fixed(new Date());
  const byType = new Map<string, { events: number; create: number; delete: number }>();
  let calls = { create: 0, delete: 0 };
  const events = createLocalEvents({
    client,
    tableName,
    notifier: new OutboxNotifier({ now: clock.now, capacity: 10 }),
    staffAlerts: new OutboxStaffAlerts(clock.now, 10),
    clock,
    wrap: {
      deliver: (deliver) => async (event: DomainEvent) => {
        const before = { ...events.scheduler.calls };
        await deliver(event);
        calls = events.scheduler.calls;
        const row = byType.get(event.type) ?? { events: 0, create: 0, delete: 0 };
        row.events++;
        row.create += calls.create - before.create;
        row.delete += calls.delete - before.delete;
        byType.set(event.type, row);
      },
    },
  });
  const t0 = performance.now();
  const { delivered } = await events.relay.drain();
  const durationMs = performance.now() - t0;
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    events: delivered,
    durationMs: Math.round(durationMs),
    eventsPerSecond: round(delivered / (durationMs / 1000)),
    scheduleCalls: [...byType]
      .filter(([type]) => type.startsWith('booking.'))
      .map(([type, r]) => ({
        type,
        events: r.events,
        createPerEvent: round(r.create / r.events),
        deletePerEvent: round(r.delete / r.events),
      })),
  };
}

/** The results' section. */
export function eventRelayMarkdown(r: EventRelayResult): string {
  return [
    '## Events through the local relay',
    '',
    `${r.events} outbox events (the bookings above: made, cancelled, moved) relayed in ${r.durationMs} ms: **${r.eventsPerSecond} events/s** (DynamoDB Local, consumers included).`,
    '',
    '| booking event | events | CreateSchedule per event | DeleteSchedule per event |',
    '| --- | ---: | ---: | ---: |',
    ...r.scheduleCalls.map((c) => `| ${c.type} | ${c.events} | ${c.createPerEvent} | ${c.deletePerEvent} |`),
    '',
    'A made booking schedules its reminders still ahead and its lateness check; a moved one deletes its old',
    'start’s schedules and makes the new start’s; a cancelled one deletes them. Deleting a schedule that already',
    'fired is answered ResourceNotFound and still counts as a call.',
    '',
  ].join('\n');
}
