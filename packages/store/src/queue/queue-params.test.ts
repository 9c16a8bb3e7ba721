import type { StoredTicket } from '@openhall/domain';
import { describe, expect, it } from 'vitest';
import { counterKey, queuePk, ticketKey, ticketPointerKey } from './queue-keys.js';
import { createTicketParams, nextNumberParams, queueParams, saveTicketParams } from './queue-params.js';
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
    expect(tx.roles).toEqual(['ticket', 'pointer', 'event']);
    expect(tx.params.TransactItems?.[0]?.Put?.ConditionExpression).toBe('attribute_not_exists(pk)');
    expect(tx.params.TransactItems?.[1]?.Put?.ConditionExpression).toBe('attribute_not_exists(pk)');
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

  it('reads back what it stored', () => {
    expect(storedTicketOf(ticketItem(stored))).toEqual(stored);
  });
});
