import type { DomainEvent, ScheduledTask } from '@openhall/domain';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventsHarness } from './support/events-harness.js';
import {
  eventKey,
  expectRemindersExactlyOnce,
  failingFirstTry,
  runReminderScenario,
  taskKey,
  tenantId,
} from './support/reminder-scenario.js';

// The proof runs 1,000 bookings; the two fault runs take 300 unless REMINDER_FAULT_BOOKINGS says more
// (DynamoDB Local serves a booking in about a fifth of a second on a loaded 2-core machine).
const BOOKINGS = Number(process.env.REMINDER_BOOKINGS ?? 1000);
const FAULT_BOOKINGS = Number(process.env.REMINDER_FAULT_BOOKINGS ?? 300);
const seed = Number(process.env.REMINDER_SEED ?? Date.now() % 1_000_000);

let harness: EventsHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe(`bookings, a third moved and a third cancelled at random (seed ${seed})`, () => {
  it(`${BOOKINGS}: reminds every still-active booking once per reminder at its time, moved ones at the new time, cancelled ones never`, {
    timeout: 1_800_000,
  }, async () => {
    const { h, made } = await runReminderScenario('reminders', { bookings: BOOKINGS, seed });
    harness = h;
    expectRemindersExactlyOnce(h, made, 0);
    expect(h.events.scheduler.deadLetters()).toEqual([]);
    expect([h.deliveryFailures, h.loopErrors]).toEqual([[], []]);
    // Nothing is left waiting: every reminder fired and deleted itself, every cancelled one was deleted.
    expect(h.events.scheduler.waiting()).toEqual([]);
    // Every event was relayed.
    expect(await h.events.workers.outbox.pending(tenantId, 10)).toEqual([]);
  });

  it(`${FAULT_BOOKINGS}: still sends each once when every handler fails its first try (and is retried)`, {
    timeout: 1_800_000,
  }, async () => {
    const { h, made } = await runReminderScenario('reminders-retried', {
      bookings: FAULT_BOOKINGS,
      seed: seed + 1,
      wrap: {
        task: failingFirstTry<ScheduledTask>(taskKey),
        deliver: failingFirstTry<DomainEvent>(eventKey) as never,
      },
    });
    harness = h;
    // A task failing its first try runs again a minute later (the scheduler's retry).
    expectRemindersExactlyOnce(h, made, 60_000);
    expect(h.events.scheduler.deadLetters()).toEqual([]);
    // Every event failed its first delivery and was delivered again; none is left pending.
    expect(h.deliveryFailures.length).toBeGreaterThan(FAULT_BOOKINGS);
    expect(await h.events.workers.outbox.pending(tenantId, 10)).toEqual([]);
    expect(h.loopErrors).toEqual([]);
  });

  it(`${FAULT_BOOKINGS}: still sends each once when every event is delivered twice and every schedule fires twice`, {
    timeout: 1_800_000,
  }, async () => {
    const twice = (deliver: (e: DomainEvent) => Promise<void>) => async (e: DomainEvent) => {
      await deliver(e);
      await deliver(e);
    };
    const { h, made } = await runReminderScenario('reminders-twice', {
      bookings: FAULT_BOOKINGS,
      seed: seed + 2,
      wrap: { deliver: twice },
      firesPerSchedule: 2,
    });
    harness = h;
    expectRemindersExactlyOnce(h, made, 0);
  });
});
