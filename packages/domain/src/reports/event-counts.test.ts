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
        flags: { lunch: true, extended: true, minutesPastClosing: 25, restDay: true, holiday: false },
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
      event('service-record.completed', { outcome: 'one-time-notice', completedWithinLimit: null }),
    );
    expect(notice?.counts).toEqual({ oneTimeNotice: 1 });
  });

  it('keeps defaulted ratings apart from the five levels', () => {
    expect(eventCounts(event('rating.given', { level: 2, defaulted: false }))?.counts).toEqual({ rate2: 1 });
    expect(eventCounts(event('rating.given', { level: 4, defaulted: true }))?.counts).toEqual({
      rateDefaulted: 1,
    });
    expect(eventCounts(event('rating.given', { level: 9 }))).toBeUndefined();
  });

  it('tolerates missing and malformed fields: counts what is there, never a dimension it cannot key by', () => {
    const counted = eventCounts(event('ticket.issued', { hallId: 'Main#1', priority: 'yes' }));
    expect(counted).toEqual({ date: '2026-03-05', dims: {}, counts: { tkIssued: 1 } });
    expect(eventCounts(event('ticket.called', { windowId: 'w-1' }))).toBeUndefined();
    expect(eventCounts(event('ticket.called', { windowId: 'w-1', waitMinutes: 12 }))?.counts).toEqual({
      waitSum: 12,
      waitCount: 1,
      wait2: 1,
    });
  });

  it('counts complaints by channel and on-time closure, and ignores types it does not know', () => {
    expect(eventCounts(event('complaint.opened', { channel: '12345' }))?.counts).toEqual({ cp12345: 1 });
    expect(eventCounts(event('complaint.closed', { channel: 'phone', onTime: true }))?.counts).toEqual({
      cpClosed: 1,
      cpClosedOnTime: 1,
    });
    expect(eventCounts(event('config.changed', {}))).toBeUndefined();
  });
});
