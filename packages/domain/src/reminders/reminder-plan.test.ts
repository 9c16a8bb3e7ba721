import { describe, expect, it } from 'vitest';
import { bookingScheduleNames, bookingSchedules, reminderAt, scheduleName } from './reminder-plan.js';
import { DEFAULT_REMINDER_RULES } from './reminder-rule.js';

const policy = { reminders: DEFAULT_REMINDER_RULES, lateLimitMinutes: 30 };
const booking = { tenantId: 'zibo', code: 'K7QXM4RTD', start: '2026-12-01T10:00:00+08:00' };

describe('reminderAt', () => {
  it.each([
    // The evening before at 18:00 Shanghai time, across a month and a year end.
    ['2026-12-01T10:00:00+08:00', '2026-11-30T10:00:00.000Z'],
    ['2027-01-01T09:00:00+08:00', '2026-12-31T10:00:00.000Z'],
    // Just after midnight: the day before is still the calendar day before.
    ['2026-12-01T00:30:00+08:00', '2026-11-30T10:00:00.000Z'],
  ])('reminds of %s the day before at 18:00 (%s)', (start, at) => {
    expect(reminderAt(start, { id: 'day-before', daysBefore: 1, at: '18:00' }).toISOString()).toBe(at);
  });

  it('reminds minutes before the start', () => {
    expect(reminderAt(booking.start, { id: 'hour-before', minutesBefore: 60 }).toISOString()).toBe(
      '2026-12-01T01:00:00.000Z',
    );
  });
});

describe('bookingSchedules', () => {
  it('makes one schedule per reminder still ahead and the lateness check after the start', () => {
    const schedules = bookingSchedules(booking, policy, new Date('2026-11-29T12:00:00+08:00'));
    expect(schedules.map((s) => [s.group, s.at.toISOString(), s.task.kind])).toEqual([
      ['reminders', '2026-11-30T10:00:00.000Z', 'booking-reminder'],
      ['reminders', '2026-12-01T01:00:00.000Z', 'booking-reminder'],
      ['lateness', '2026-12-01T02:30:00.000Z', 'booking-lateness'],
    ]);
    // Ids and the start only: the task never carries the applicant.
    for (const s of schedules) {
      expect(Object.keys(s.task).sort()).toEqual(
        s.task.kind === 'booking-reminder'
          ? ['code', 'kind', 'ruleId', 'start', 'tenantId']
          : ['code', 'kind', 'start', 'tenantId'],
      );
    }
  });

  it('leaves out a reminder whose time has passed when the booking is made or moved', () => {
    const late = bookingSchedules(booking, policy, new Date('2026-12-01T08:30:00+08:00'));
    expect(late.map((s) => s.name)).toEqual([
      scheduleName('zibo', 'K7QXM4RTD', 'hour-before', booking.start),
      scheduleName('zibo', 'K7QXM4RTD', 'late', booking.start),
    ]);
    expect(bookingSchedules(booking, policy, new Date('2026-12-01T10:31:00+08:00'))).toEqual([]);
  });

  it('names a schedule the same way each time, differently for another start or tenant, within 64 characters', () => {
    const name = scheduleName('zibo', 'K7QXM4RTD', 'day-before', booking.start);
    expect(name).toBe(scheduleName('zibo', 'K7QXM4RTD', 'day-before', '2026-12-01T10:00+08:00'));
    expect(name).not.toBe(scheduleName('zibo', 'K7QXM4RTD', 'day-before', '2026-12-01T10:30:00+08:00'));
    expect(name).not.toBe(scheduleName('boai', 'K7QXM4RTD', 'day-before', booking.start));
    const longest = scheduleName('a'.repeat(64), 'K7QXM4RTD', 'x'.repeat(16), booking.start);
    expect(longest.length).toBeLessThanOrEqual(64);
    expect(longest).toMatch(/^[0-9a-zA-Z\-_.]+$/);
  });

  it('names for deletion every schedule a start may have had, past ones included', () => {
    expect(bookingScheduleNames(booking, policy)).toHaveLength(3);
  });
});
