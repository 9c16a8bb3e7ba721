import { describe, expect, it } from 'vitest';
import { bookingChangedEvent } from '../booking/booking-events.js';
import { EVENT_CATALOGUE, EVENT_TYPES } from './event-catalogue.js';
import { eventDataOf, newEvent } from './new-event.js';

const at = new Date('2026-11-30T02:00:00Z');

describe('the event catalogue', () => {
  it('names every type in the dotted past tense with a version', () => {
    for (const type of EVENT_TYPES) {
      expect(type).toMatch(/^[a-z][a-z-]*(\.[a-z][a-z-]*)+$/);
      expect(EVENT_CATALOGUE[type].version).toBeGreaterThanOrEqual(1);
    }
  });

  it('refuses data with a field its schema does not name (a phone cannot slip in)', () => {
    const data = { date: '2026-11-30', phone: '13912345678' } as unknown as { date: string };
    expect(() =>
      newEvent({
        type: 'day.closed',
        eventId: 'day.2026-11-30.closed',
        tenantId: 'zibo',
        at,
        actor: 'system',
        subjectId: '2026-11-30',
        data,
      }),
    ).toThrow();
  });

  it('builds the envelope with the Shanghai time and reads the data back by type', () => {
    const event = newEvent({
      type: 'day.closed',
      eventId: 'day.2026-11-30.closed',
      tenantId: 'zibo',
      at,
      actor: 'system',
      subjectId: '2026-11-30',
      data: { date: '2026-11-30' },
    });
    expect(event).toMatchObject({
      occurredAt: '2026-11-30T10:00:00+08:00',
      version: 1,
      subject: { kind: 'day', id: '2026-11-30' },
    });
    expect(eventDataOf(event, 'day.closed')).toEqual({ date: '2026-11-30' });
    expect(eventDataOf(event, 'config.changed')).toBeUndefined();
  });

  it('makes a booking’s event from its last change, without the applicant', () => {
    const booking = {
      code: 'K7QXM4RTD',
      tenantId: 'zibo',
      matterId: 'invoice',
      hallId: 'zibo-center',
      windowIds: ['a9'],
      windowId: 'a9',
      start: '2026-12-01T10:00:00+08:00',
      end: '2026-12-01T10:30:00+08:00',
      status: 'cancelled' as const,
      channel: 'online' as const,
      createdAt: '2026-11-30T10:00:00+08:00',
      updatedAt: '2026-11-30T11:00:00+08:00',
      history: [
        { at: '2026-11-30T10:00:00+08:00', action: 'created' as const, actor: 'citizen' },
        { at: '2026-11-30T11:00:00+08:00', action: 'cancelled' as const, actor: 'desk-li' },
      ],
      applicant: { name: '王小明', phone: '13912345678', agent: false },
    };
    const event = bookingChangedEvent({ booking, version: 2, personId: 'p', notice: {} as never });
    expect(event).toMatchObject({
      type: 'booking.cancelled',
      eventId: 'booking.K7QXM4RTD.v2',
      actor: 'desk-li',
    });
    expect(JSON.stringify(event)).not.toMatch(/13912345678|王小明/);
  });
});
