import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../events/domain-event.js';
import { eventCounts } from './event-counts.js';

const event = (
  type: string,
  data: Record<string, unknown>,
  occurredAt = '2026-03-05T23:30:00+08:00',
): DomainEvent => ({
  eventId: 'evt-00000001',
  type,
  version: 1,
  tenantId: 'zaozhuang-gxq',
  occurredAt,
  actor: 'citizen',
  subject: { kind: 'x', id: 'x-1' },
  data,
});

describe('eventCounts', () => {
  it('counts a record accepted on commitment (承诺办理) by hall, matter and window', () => {
    const counted = eventCounts(
      event('commitment.signed', {
        recordId: 'K7QXM4RTD',
        hallId: 'main',
        matterId: 'food-licence',
        windowId: 'w-3',
        missingMaterials: 1,
        signedBy: 'applicant',
      }),
    );
    expect(counted).toEqual({
      date: '2026-03-05',
      dims: { hall: 'main', matter: 'food-licence', window: 'w-3' },
      counts: { commitment: 1 },
    });
  });

  it('counts a booking by its channel on its Shanghai day, by hall, matter and window', () => {
    const counted = eventCounts(
      event(
        'booking.created',
        { hallId: 'main', matterId: 'social-security', windowId: 'w-3', channel: 'desk' },
        '2026-03-05T16:30:00Z',
      ),
    );
    expect(counted).toEqual({
      date: '2026-03-06',
      dims: { hall: 'main', matter: 'social-security', window: 'w-3' },
      counts: { bkDesk: 1 },
    });
  });

  it('counts a completion with its flags and its limit, and a one-time notice apart', () => {
    const done = eventCounts(
      event('service-record.completed', {
        hallId: 'main',
        departmentId: 'tax',
        outcome: 'completed',
        completedWithinLimit: false,
        flags: { lunch: true, extended: true, minutesPastClosing: 25, restday: true, holiday: false },
      }),
    );
    expect(done?.counts).toEqual({
      completed: 1,
      completedKnown: 1,
      lunch: 1,
      extended: 1,
      extendedMinutes: 25,
      restDay: 1,
    });
    const notice = eventCounts(
      event('service-record.completed', { outcome: 'missing-materials', completedWithinLimit: true }),
    );
    expect(notice?.counts).toEqual({ oneTimeNotice: 1 });
  });

  it('reads the five levels by name and keeps defaulted ratings apart', () => {
    const levels = [
      'very-satisfied',
      'satisfied',
      'basically-satisfied',
      'dissatisfied',
      'very-dissatisfied',
    ];
    levels.forEach((level, i) => {
      expect(eventCounts(event('rating.given', { level }))?.counts).toEqual({ [`rate${5 - i}`]: 1 });
    });
    expect(eventCounts(event('rating.defaulted', { level: 'satisfied' }))?.counts).toEqual({
      rateDefaulted: 1,
    });
    expect(eventCounts(event('rating.given', { level: 5 }))).toBeUndefined();
  });

  it('counts walk-in tickets only, visits by kind, special handling on time and help when assigned', () => {
    expect(eventCounts(event('ticket.issued', { kind: 'appointment' }))).toBeUndefined();
    expect(eventCounts(event('ticket.issued', { kind: 'walk-in', priority: true }))?.counts).toEqual({
      tkIssued: 1,
      tkPriority: 1,
    });
    expect(eventCounts(event('visit.completed', { kind: 'door-to-door' }))?.counts).toEqual({
      doorToDoor: 1,
    });
    expect(eventCounts(event('visit.completed', { kind: 'out-of-hours' }))?.counts).toEqual({
      outOfHours: 1,
    });
    expect(eventCounts(event('case.done', { kind: 'special-handling', onTime: false }))?.counts).toEqual({
      specialOverdue: 1,
    });
    expect(eventCounts(event('case.done', { kind: 'help', onTime: true }))).toBeUndefined();
    expect(eventCounts(event('case.opened', { kind: 'help' }))?.counts).toEqual({ help: 1 });
    expect(eventCounts(event('mailing.requested', { direction: 'one-way' }))?.counts).toEqual({ mailing: 1 });
  });

  it('tolerates missing and malformed fields: counts what is there, never a dimension it cannot key by', () => {
    const counted = eventCounts(
      event('ticket.issued', { hallId: 'Main#1', priority: 'yes', kind: 'walk-in' }),
    );
    expect(counted).toEqual({ date: '2026-03-05', dims: {}, counts: { tkIssued: 1 } });
    expect(eventCounts(event('ticket.called', { windowId: 'w-1' }))).toBeUndefined();
    expect(eventCounts(event('ticket.called', { windowId: 'w-1', waitMinutes: 12 }))?.counts).toEqual({
      waitSum: 12,
      waitCount: 1,
      wait2: 1,
    });
  });

  it('counts complaints by channel and on-time closure, and ignores types it does not know', () => {
    expect(eventCounts(event('complaint.opened', { channel: 'hotline-12345' }))?.counts).toEqual({
      cp12345: 1,
    });
    expect(eventCounts(event('complaint.opened', { channel: 'fault-finding' }))?.counts).toEqual({
      cpDesk: 1,
    });
    expect(eventCounts(event('complaint.opened', { channel: 'bad-rating' }))?.counts).toEqual({ cpOther: 1 });
    expect(eventCounts(event('complaint.closed', { channel: 'phone', onTime: true }))?.counts).toEqual({
      cpClosed: 1,
      cpClosedOnTime: 1,
    });
    expect(eventCounts(event('config.changed', {}))).toBeUndefined();
  });
});
