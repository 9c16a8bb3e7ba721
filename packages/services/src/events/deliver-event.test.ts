import { type DomainEvent, newEvent } from '@openhall/domain';
import { describe, expect, it } from 'vitest';
import { InMemoryOnceStore } from '../testing/in-memory-once-store.js';
import { deliverEvent, type EventConsumer } from './event-consumer.js';
import { EffectBusyError, runOnce } from './run-once.js';

const now = new Date('2026-11-30T02:00:00Z');
const event = newEvent({
  type: 'day.closed',
  eventId: 'day.2026-11-30.closed',
  tenantId: 'zibo',
  at: now,
  actor: 'system',
  subjectId: '2026-11-30',
  data: { date: '2026-11-30' },
});

function counting(name: string, fail = 0): EventConsumer & { runs: DomainEvent[] } {
  let failures = fail;
  const runs: DomainEvent[] = [];
  return {
    name,
    runs,
    handles: (e) => e.type === 'day.closed',
    async handle(e) {
      if (failures-- > 0) throw new Error('down');
      runs.push(e);
    },
  };
}

describe('deliverEvent', () => {
  it('runs each consumer once per event id, however often the event comes', async () => {
    const deps = { onceStore: new InMemoryOnceStore(), now: () => now };
    const a = counting('a');
    const b = counting('b');
    for (let i = 0; i < 3; i++) await deliverEvent(deps, [a, b], event);
    expect([a.runs.length, b.runs.length]).toEqual([1, 1]);
  });

  it('fails the delivery while a consumer fails, and on the retry runs only the ones that had not succeeded', async () => {
    const deps = { onceStore: new InMemoryOnceStore(), now: () => now };
    const a = counting('a');
    const b = counting('b', 1);
    await expect(deliverEvent(deps, [a, b], event)).rejects.toThrow('down');
    await deliverEvent(deps, [a, b], event);
    expect([a.runs.length, b.runs.length]).toEqual([1, 1]);
  });

  it('skips a consumer that does not take the type', async () => {
    const deps = { onceStore: new InMemoryOnceStore(), now: () => now };
    const other: EventConsumer = {
      name: 'o',
      handles: () => false,
      handle: async () => expect.fail('not mine'),
    };
    await deliverEvent(deps, [other], event);
    expect(deps.onceStore.records.size).toBe(0);
  });
});

describe('runOnce', () => {
  it('answers busy while another attempt holds the lease, and lets a retry in once it ran out', async () => {
    const store = new InMemoryOnceStore();
    const input = { tenantId: 'zibo', scope: 's', key: 'k', now, leaseSeconds: 60 };
    // An attempt that claimed and crashed (never completed, never released).
    await store.claim('zibo', 's', 'k', now, 60);
    await expect(runOnce(store, input, async () => {})).rejects.toBeInstanceOf(EffectBusyError);
    let ran = 0;
    const later = { ...input, now: new Date(now.getTime() + 61_000) };
    await expect(runOnce(store, later, async () => void ran++)).resolves.toBe('ran');
    await expect(runOnce(store, later, async () => void ran++)).resolves.toBe('done');
    expect(ran).toBe(1);
  });
});
