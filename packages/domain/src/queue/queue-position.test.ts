import { describe, expect, it } from 'vitest';
import { HallQueueRulesSchema } from './hall-queue.js';
import { positionOf } from './queue-position.js';
import type { Ticket } from './ticket.js';

const rules = HallQueueRulesSchema.parse({});
const at = (hm: string) => `2026-12-01T${hm}:00+08:00`;

function ticket(n: number, over: Partial<Ticket> = {}): Ticket {
  return {
    code: `K22222${String.fromCharCode(65 + n)}22`,
    tenantId: 't',
    hallId: 'h',
    date: '2026-12-01',
    categoryId: 'c',
    number: `A${String(n).padStart(3, '0')}`,
    kind: 'walk-in',
    priority: false,
    status: 'queued',
    windowIds: ['w1', 'w2'],
    arrivedAt: at(`09:${String(10 + n).padStart(2, '0')}`),
    calls: 0,
    handlers: [],
    record: {},
    history: [],
    ...over,
  };
}

describe('positionOf', () => {
  const served = (n: number, minutes: number) =>
    ticket(n, {
      status: 'finished',
      record: { acceptedAt: at('09:00'), completedAt: at(`09:${String(minutes).padStart(2, '0')}`) },
    });
  const waiting = [ticket(1), ticket(2), ticket(3), ticket(4)];

  it('gives the same answer from the open tickets and the served tally as from the whole day', () => {
    const whole = [...waiting, served(20, 6), served(21, 10), served(22, 14)];
    const fromDay = positionOf(whole, waiting[3]!, rules);
    const fromOpen = positionOf(waiting, waiting[3]!, rules, { count: 3, serviceMs: 30 * 60_000 });
    expect(fromOpen).toEqual(fromDay);
    // Three ahead at ten minutes each, over two windows.
    expect(fromOpen).toEqual({ ahead: 3, waitMinutes: 15 });
  });

  it('falls back on the hall default when nothing was served', () => {
    const p = positionOf(waiting, waiting[2]!, rules, { count: 0, serviceMs: 0 });
    expect(p).toEqual({ ahead: 2, waitMinutes: Math.ceil((2 * rules.defaultServiceMinutes) / 2) });
  });
});
