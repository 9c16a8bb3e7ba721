import { afterEach, describe, expect, it } from 'vitest';
import type { EventsHarness } from './support/events-harness.js';
import { expectRemindersExactlyOnce, runReminderScenario, tenantId } from './support/reminder-scenario.js';

// The proof runs 1,000 bookings unless REMINDER_BOOKINGS says otherwise. The same scenario with every
// handler failing its first try, and with every event and schedule delivered twice, is in
// reminders-retried.test.ts and reminders-twice.test.ts: separate files, so they run beside this one.
const BOOKINGS = Number(process.env.REMINDER_BOOKINGS ?? 1000);
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
});
