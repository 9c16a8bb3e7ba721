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

// 300 bookings unless REMINDER_FAULT_BOOKINGS says more: over the relay's batch of 100 a round.
const FAULT_BOOKINGS = Number(process.env.REMINDER_FAULT_BOOKINGS ?? 300);
const seed = Number(process.env.REMINDER_SEED ?? Date.now() % 1_000_000) + 1;

let harness: EventsHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe(`bookings, a third moved and a third cancelled at random, every handler failing its first try (seed ${seed})`, () => {
  it(`${FAULT_BOOKINGS}: still sends each once when every handler fails its first try (and is retried)`, {
    timeout: 1_800_000,
  }, async () => {
    const { h, made } = await runReminderScenario('reminders-retried', {
      bookings: FAULT_BOOKINGS,
      seed,
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
});
