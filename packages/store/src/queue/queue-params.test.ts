import type { StoredTicket } from '@openhall/domain';
import { describe, expect, it } from 'vitest';
import {
  counterKey,
  firstCallKey,
  openTicketKey,
  queuePk,
  ticketKey,
  ticketPointerKey,
} from './queue-keys.js';
import {
  createTicketParams,
  nextNumberParams,
  openQueueParams,
  queueParams,
  recentCallsParams,
  saveTicketParams,
  servedUpdatesOf,
} from './queue-params.js';
import { storedTicketOf, ticketItem } from './ticket-item.js';

const stored: StoredTicket = {
  ticket: {
    code: 'K7QXM4RTD',
    tenantId: 'zibo',
    hallId: 'zibo-hall',
    date: '2026-12-01',
    categoryId: 'approval',
    number: 'A023',
    kind: 'walk-in',
    priority: false,
    status: 'queued',
    windowIds: ['w1'],
    arrivedAt: '2026-12-01T09:30:00+08:00',
    calls: 0,
    handlers: [],
    phoneMasked: '139****5678',
    record: {},
    history: [{ at: '2026-12-01T09:30:00+08:00', action: 'issued', actor: 'citizen' }],
  },
  version: 1,
  phoneHash: 'abc123',
};
const event = {
  eventId: 'evt-0001-abcd',
  type: 'ticket.issued',
  version: 1,
  tenantId: 'zibo',
  occurredAt: '2026-12-01T09:30:00+08:00',
  actor: 'citizen',
  subject: { kind: 'ticket', id: 'K7QXM4RTD' },
  data: {},
};

describe('queue keys', () => {
  it('lead with the tenant and keep a hall-day in one partition', () => {
    expect(queuePk('zibo', 'zibo-hall', '2026-12-01')).toBe('TENANT#zibo#QUEUE#zibo-hall#2026-12-01');
    expect(ticketKey('zibo', stored.ticket)).toEqual({
      pk: 'TENANT#zibo#QUEUE#zibo-hall#2026-12-01',
      sk: 'TICKET#K7QXM4RTD',
    });
    expect(counterKey('zibo', 'zibo-hall', '2026-12-01', 'approval').sk).toBe('COUNTER#approval');
    expect(ticketPointerKey('zibo', 'K7QXM4RTD')).toEqual({
      pk: 'TENANT#zibo#TICKET#K7QXM4RTD',
      sk: 'TICKET',
    });
    expect(() => queuePk('zibo', 'a#b', '2026-12-01')).toThrow(RangeError);
  });
});

describe('queue requests', () => {
  it('numbers with an atomic ADD that answers the new value', () => {
    const p = nextNumberParams('t', 'zibo', {
      hallId: 'zibo-hall',
      date: '2026-12-01',
      categoryId: 'approval',
    });
    expect(p.UpdateExpression).toContain('ADD #n :one');
    expect(p.ReturnValues).toBe('UPDATED_NEW');
  });

  it('reads the queue as one strongly consistent Query of the tickets only', () => {
    const p = queueParams('t', 'zibo', 'zibo-hall', '2026-12-01');
    expect(p.KeyConditionExpression).toBe('pk = :pk AND begins_with(sk, :prefix)');
    expect(p.ExpressionAttributeValues).toEqual({
      ':pk': 'TENANT#zibo#QUEUE#zibo-hall#2026-12-01',
      ':prefix': 'TICKET#',
    });
    expect(p.ConsistentRead).toBe(true);
  });

  it('writes a new ticket and its pointer only where none is, with its events', () => {
    const tx = createTicketParams('t', { ticket: stored, events: [event] });
    expect(tx.roles).toEqual(['ticket', 'open', 'pointer', 'event']);
    expect(tx.params.TransactItems?.[0]?.Put?.ConditionExpression).toBe('attribute_not_exists(pk)');
    expect(tx.params.TransactItems?.[1]?.Put?.Item).toMatchObject({
      ...openTicketKey('zibo', stored.ticket),
      entity: 'OpenTicket',
      status: 'queued',
      version: 1,
    });
    expect(tx.params.TransactItems?.[2]?.Put?.ConditionExpression).toBe('attribute_not_exists(pk)');
    expect(JSON.stringify(tx.params)).not.toMatch(/139\d{8}/);
  });

  it('changes a ticket only over the version read', () => {
    const tx = saveTicketParams('t', {
      ticket: { ...stored, version: 2 },
      expectedVersion: 1,
      events: [event],
    });
    const put = tx.params.TransactItems?.[0]?.Put;
    expect(put?.ConditionExpression).toBe('#version = :expected');
    expect(put?.ExpressionAttributeValues).toEqual({ ':expected': 1 });
    expect(put?.Item?.version).toBe(2);
  });

  it('keeps the open copy while the ticket is open and removes it in the transaction that closes it', () => {
    for (const status of ['queued', 'called', 'serving', 'parked'] as const) {
      const tx = saveTicketParams('t', {
        ticket: { ...stored, ticket: { ...stored.ticket, status }, version: 2 },
        expectedVersion: 1,
        events: [event],
      });
      const open = tx.params.TransactItems?.[tx.roles.indexOf('open')];
      expect(open?.Put?.Item).toMatchObject({ ...openTicketKey('zibo', stored.ticket), status, version: 2 });
      expect(storedTicketOf(open!.Put!.Item!)).toEqual({
        ...stored,
        ticket: { ...stored.ticket, status },
        version: 2,
      });
    }
    for (const status of ['finished', 'missed'] as const) {
      const tx = saveTicketParams('t', {
        ticket: { ...stored, ticket: { ...stored.ticket, status }, version: 2 },
        expectedVersion: 1,
        events: [event],
      });
      expect(tx.params.TransactItems?.[tx.roles.indexOf('open')]?.Delete?.Key).toEqual(
        openTicketKey('zibo', stored.ticket),
      );
    }
  });

  it("logs a called ticket's first call under its first call time, the same key on a recall", () => {
    const calledAt = '2026-12-01T09:40:00+08:00';
    const called = {
      ...stored,
      ticket: { ...stored.ticket, status: 'called' as const, calls: 2, record: { calledAt } },
      version: 3,
    };
    const tx = saveTicketParams('t', { ticket: called, expectedVersion: 2, events: [event] });
    expect(tx.roles).toContain('call');
    expect(tx.params.TransactItems?.[tx.roles.indexOf('call')]?.Put?.Item).toMatchObject({
      ...firstCallKey('zibo', stored.ticket, calledAt),
      number: 'A023',
      priority: false,
      calledAt,
    });
    expect(firstCallKey('zibo', stored.ticket, calledAt).sk).toBe(
      'CALL#2026-12-01T09:40:00+08:00#A023#K7QXM4RTD',
    );
    const serving = saveTicketParams('t', {
      ticket: { ...called, ticket: { ...called.ticket, status: 'serving' } },
      expectedVersion: 3,
      events: [event],
    });
    expect(serving.roles).not.toContain('call');
  });

  it('reads the open queue, and the last first calls newest first with a limit', () => {
    const open = openQueueParams('t', 'zibo', 'zibo-hall', '2026-12-01');
    expect(open.ExpressionAttributeValues?.[':prefix']).toBe('LIVE#OPEN#');
    expect(open.ConsistentRead).toBe(true);
    const recent = recentCallsParams('t', 'zibo', 'zibo-hall', '2026-12-01', 2);
    expect(recent.ExpressionAttributeValues?.[':prefix']).toBe('CALL#');
    expect(recent.ScanIndexForward).toBe(false);
    expect(recent.Limit).toBe(2);
  });

  it('counts a service once, on its completion only, in the completion’s own transaction', () => {
    const finished = {
      ...stored,
      ticket: {
        ...stored.ticket,
        status: 'finished' as const,
        windowId: 'w1',
        record: { acceptedAt: '2026-12-01T09:40:00+08:00', completedAt: '2026-12-01T09:52:30+08:00' },
        history: [
          ...stored.ticket.history,
          { at: '2026-12-01T09:52:30+08:00', action: 'completed' as const, actor: 'staff-1' },
        ],
      },
    };
    const updates = servedUpdatesOf('t', finished).map((i) => i.Update);
    expect(updates.map((u) => u?.Key?.sk)).toEqual([
      'LIVE#SERVED#CATEGORY#approval#AT#w1',
      'LIVE#SERVED#WINDOW#w1',
    ]);
    expect(updates[0]?.ExpressionAttributeValues?.[':ms']).toBe(750_000);
    const tx = saveTicketParams('t', { ticket: { ...finished, version: 3 }, expectedVersion: 2, events: [] });
    expect(tx.roles.filter((r) => r === 'served')).toHaveLength(2);
    const confirmed = {
      ...finished,
      ticket: {
        ...finished.ticket,
        history: [
          ...finished.ticket.history,
          { at: '2026-12-01T10:00:00+08:00', action: 'confirmed' as const, actor: 'citizen' },
        ],
      },
    };
    expect(servedUpdatesOf('t', confirmed)).toEqual([]);
    expect(servedUpdatesOf('t', stored)).toEqual([]);
  });

  it('reads back what it stored', () => {
    expect(storedTicketOf(ticketItem(stored))).toEqual(stored);
  });
});
