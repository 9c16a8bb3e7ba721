import type { DomainEvent } from '@openhall/domain';
import { afterEach, describe, it } from 'vitest';
import type { EventsHarness } from './support/events-harness.js';
import { expectRemindersExactlyOnce, runReminderScenario } from './support/reminder-scenario.js';

// 300 bookings unless REMINDER_FAULT_BOOKINGS says more: over the relay's batch of 100 a round.
const FAULT_BOOKINGS = Number(process.env.REMINDER_FAULT_BOOKINGS ?? 300);
const seed = Number(process.env.REMINDER_SEED ?? Date.now() % 1_000_000) + 2;

let harness: EventsHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe(`bookings, a third moved and a third cancelled at random, everything arriving twice (seed ${seed})`, () => {
  it(`${FAULT_BOOKINGS}: still sends each once when every event is delivered twice and every schedule fires twice`, {
    timeout: 1_800_000,
  }, async () => {
    const twice = (deliver: (e: DomainEvent) => Promise<void>) => async (e: DomainEvent) => {
      await deliver(e);
      await deliver(e);
    };
    const { h, made } = await runReminderScenario('reminders-twice', {
      bookings: FAULT_BOOKINGS,
      seed,
      wrap: { deliver: twice },
      firesPerSchedule: 2,
    });
    harness = h;
    expectRemindersExactlyOnce(h, made, 0);
  });
});
