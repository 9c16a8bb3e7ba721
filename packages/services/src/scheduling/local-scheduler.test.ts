import type { OneTimeSchedule, ScheduledTask } from '@openhall/domain';
import { describe, expect, it } from 'vitest';
import { LocalScheduler } from './local-scheduler.js';

const task: ScheduledTask = {
  kind: 'booking-lateness',
  tenantId: 'zibo',
  code: 'K7QXM4RTD',
  start: '2026-12-01T10:00:00+08:00',
};
const schedule = (name: string, at: string): OneTimeSchedule => ({
  name,
  group: 'lateness',
  at: new Date(at),
  task,
});

describe('LocalScheduler', () => {
  it('answers exists for a name taken and absent for a name not there, as EventBridge Scheduler does', async () => {
    const s = new LocalScheduler();
    expect(await s.create(schedule('a', '2026-12-01T02:30:00Z'))).toBe('created');
    expect(await s.create(schedule('a', '2026-12-01T05:00:00Z'))).toBe('exists');
    expect(await s.delete('lateness', 'a')).toBe('deleted');
    expect(await s.delete('lateness', 'a')).toBe('absent');
  });

  it('fires what is due, earliest first, once, and deletes it', async () => {
    const s = new LocalScheduler();
    await s.create(schedule('late', '2026-12-01T03:00:00Z'));
    await s.create(schedule('early', '2026-12-01T02:00:00Z'));
    await s.create(schedule('future', '2026-12-02T02:00:00Z'));
    const fired: string[] = [];
    await s.fireDue(new Date('2026-12-01T03:00:00Z'), async () => void fired.push('x'));
    expect(fired).toHaveLength(2);
    expect(s.waiting().map((w) => w.name)).toEqual(['future']);
    expect(s.nextDueAt()?.toISOString()).toBe('2026-12-02T02:00:00.000Z');
  });

  it('retries a failed run later and dead-letters it after its attempts', async () => {
    const s = new LocalScheduler({ maxAttempts: 2, retryDelayMs: 60_000 });
    await s.create(schedule('a', '2026-12-01T02:00:00Z'));
    const fail = async () => {
      throw new Error('down');
    };
    expect(await s.fireDue(new Date('2026-12-01T02:00:00Z'), fail)).toEqual({ fired: 0, failed: 1 });
    expect(s.nextDueAt()?.toISOString()).toBe('2026-12-01T02:01:00.000Z');
    await s.fireDue(new Date('2026-12-01T02:01:00Z'), fail);
    expect(s.waiting()).toEqual([]);
    expect(s.deadLetters().map((d) => d.name)).toEqual(['a']);
  });
});
