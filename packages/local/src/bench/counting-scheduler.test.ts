import type { OneTimeSchedule } from '@openhall/domain';
import { LocalScheduler } from '@openhall/services';
import { describe, expect, it } from 'vitest';
import { CountingScheduler, scheduleCallsByType } from './counting-scheduler.js';

const schedule = (name: string): OneTimeSchedule => ({
  name,
  group: 'reminders',
  at: new Date('2026-12-01T10:00:00+08:00'),
  task: { kind: 'booking-lateness', tenantId: 'zibo', code: 'ABC', start: '2026-12-01T09:30:00+08:00' },
});

describe('CountingScheduler', () => {
  it('passes each call through and counts it with its answer', async () => {
    const inner = new LocalScheduler();
    const counting = new CountingScheduler(inner);
    expect(await counting.create(schedule('a'))).toBe('created');
    expect(await counting.create(schedule('a'))).toBe('exists');
    expect(await counting.create(schedule('b'))).toBe('created');
    expect(await counting.delete('reminders', 'a')).toBe('deleted');
    expect(await counting.delete('reminders', 'a')).toBe('absent');
    expect(counting.calls).toEqual({ create: 3, delete: 2 });
    expect(counting.answers).toEqual({
      'create:created': 2,
      'create:exists': 1,
      'delete:deleted': 1,
      'delete:absent': 1,
    });
    expect(inner.waiting().map((s) => s.name)).toEqual(['b']);
  });

  it('counts a call that fails, and lets the failure through', async () => {
    const failing = new CountingScheduler({
      create: async () => {
        throw new Error('throttled');
      },
      delete: async () => 'absent',
    });
    await expect(failing.create(schedule('a'))).rejects.toThrow('throttled');
    expect(failing.calls.create).toBe(1);
    expect(failing.answers).toEqual({ 'create:error': 1 });
  });
});

describe('scheduleCallsByType', () => {
  it('averages the calls of the deliveries per event type, types in order', () => {
    const rows = scheduleCallsByType([
      { type: 'booking.created', calls: { create: 3, delete: 0 } },
      { type: 'booking.cancelled', calls: { create: 0, delete: 3 } },
      { type: 'booking.created', calls: { create: 2, delete: 0 } },
      { type: 'booking.rescheduled', calls: { create: 3, delete: 3 } },
      { type: 'booking.created', calls: { create: 2, delete: 1 } },
      { type: 'ticket.called', calls: { create: 0, delete: 0 } },
    ]);
    expect(rows).toEqual([
      { type: 'booking.cancelled', events: 1, createPerEvent: 0, deletePerEvent: 3, callsPerEvent: 3 },
      { type: 'booking.created', events: 3, createPerEvent: 2.33, deletePerEvent: 0.33, callsPerEvent: 2.67 },
      { type: 'booking.rescheduled', events: 1, createPerEvent: 3, deletePerEvent: 3, callsPerEvent: 6 },
      { type: 'ticket.called', events: 1, createPerEvent: 0, deletePerEvent: 0, callsPerEvent: 0 },
    ]);
  });

  it('gives no row without deliveries', () => {
    expect(scheduleCallsByType([])).toEqual([]);
  });
});
