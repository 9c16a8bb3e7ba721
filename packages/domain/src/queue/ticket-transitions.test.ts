import { describe, expect, it } from 'vitest';
import { HallQueueRulesSchema } from './hall-queue.js';
import type { Ticket } from './ticket.js';
import { formatTicketNumber } from './ticket-number.js';
import {
  acceptTicket,
  callTicket,
  completeTicket,
  confirmTicket,
  missTicket,
  parkTicket,
  recallTicket,
  requeueTicket,
  transferTicket,
} from './ticket-transitions.js';

const rules = HallQueueRulesSchema.parse({});
const t0 = new Date('2026-12-01T02:00:00Z'); // 10:00 Shanghai
const later = (min: number) => new Date(t0.getTime() + min * 60_000);
const queued: Ticket = {
  code: 'K7QXM4RTD',
  tenantId: 't',
  hallId: 'h',
  date: '2026-12-01',
  categoryId: 'c',
  number: 'A001',
  kind: 'walk-in',
  priority: false,
  status: 'queued',
  windowIds: ['w1'],
  arrivedAt: '2026-12-01T09:30:00+08:00',
  calls: 0,
  handlers: [],
  record: {},
  history: [],
};

describe('ticket transitions', () => {
  it('walks queued → called → serving → finished → confirmed, keeping who and when', () => {
    const called = callTicket(queued, 'w1', { actor: 'a', now: t0 });
    const serving = acceptTicket(
      called,
      { id: 'm', acceptanceMinutes: 15, promisedDays: 5 },
      { actor: 'a', now: later(20) },
    );
    const done = completeTicket(
      serving,
      { outcome: { kind: 'completed' }, handler2: 'b' },
      { actor: 'a', now: later(30) },
    );
    const confirmed = confirmTicket(done, later(31));
    expect(confirmed.status).toBe('finished');
    expect(confirmed.record).toMatchObject({
      windowId: 'w1',
      calledAt: '2026-12-01T10:00:00+08:00',
      acceptedAt: '2026-12-01T10:20:00+08:00',
      completedAt: '2026-12-01T10:30:00+08:00',
      confirmedAt: '2026-12-01T10:31:00+08:00',
      handler1: 'a',
      handler2: 'b',
      acceptedInTime: false,
      acceptanceMinutes: 15,
    });
    expect(confirmed.history.map((h) => [h.action, h.actor])).toEqual([
      ['called', 'a'],
      ['accepted', 'a'],
      ['completed', 'a'],
      ['confirmed', 'citizen'],
    ]);
  });

  it('refuses illegal changes by name', () => {
    expect(() => acceptTicket(queued, undefined, { actor: 'a', now: t0 })).toThrow(
      expect.objectContaining({ code: 'ticket_state_invalid' }),
    );
    expect(() => confirmTicket(queued, t0)).toThrow(
      expect.objectContaining({ code: 'ticket_state_invalid' }),
    );
    const called = callTicket(queued, 'w1', { actor: 'a', now: t0 });
    expect(() => callTicket(called, 'w1', { actor: 'a', now: t0 })).toThrow(
      expect.objectContaining({ code: 'ticket_state_invalid' }),
    );
  });

  it('recalls up to maxCalls, then marks missed; not before', () => {
    let t = callTicket(queued, 'w1', { actor: 'a', now: t0 });
    expect(() => missTicket(t, rules, { actor: 'a', now: t0 })).toThrow(
      expect.objectContaining({ code: 'too_few_calls' }),
    );
    for (let i = 1; i < rules.maxCalls; i++) t = recallTicket(t, rules, { actor: 'a', now: later(i) });
    expect(t.calls).toBe(rules.maxCalls);
    expect(() => recallTicket(t, rules, { actor: 'a', now: later(9) })).toThrow(
      expect.objectContaining({ code: 'max_calls_reached' }),
    );
    expect(missTicket(t, rules, { actor: 'a', now: later(9) }).status).toBe('missed');
  });

  it('parks and requeues with the cool-down stamp; transfers keep the number and add the handler', () => {
    const called = callTicket(queued, 'w1', { actor: 'a', now: t0 });
    const parked = parkTicket(called, '缺身份证复印件', { actor: 'a', now: later(1) });
    expect(parked.status).toBe('parked');
    const back = requeueTicket(parked, { actor: 'a', now: later(30) });
    expect(back).toMatchObject({ status: 'queued', requeuedAt: '2026-12-01T10:30:00+08:00', number: 'A001' });
    const moved = transferTicket(
      called,
      { categoryId: 'd', windowIds: ['w2'] },
      { actor: 'a', now: later(2) },
    );
    expect(moved).toMatchObject({
      status: 'queued',
      number: 'A001',
      windowIds: ['w2'],
      handlers: ['a'],
      categoryId: 'd',
    });
  });

  it('formats numbers with at least three digits', () => {
    expect(formatTicketNumber('A', 1)).toBe('A001');
    expect(formatTicketNumber('B', 23)).toBe('B023');
    expect(formatTicketNumber('C', 1234)).toBe('C1234');
    expect(() => formatTicketNumber('A', 0)).toThrow(RangeError);
  });
});
