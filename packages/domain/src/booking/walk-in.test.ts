import { describe, expect, it } from 'vitest';
import { at, calendarDay } from './test-fixtures.js';
import { checkWalkIn } from './walk-in.js';

const hallId = 'zibo-center';

describe('checkWalkIn', () => {
  it.each([
    ['a working morning', calendarDay('2026-09-30', 'workday'), '2026-09-30T10:00', 'ok'],
    ['before opening', calendarDay('2026-09-30', 'workday'), '2026-09-30T08:30', 'outside_hours'],
    ['at lunch', calendarDay('2026-09-30', 'workday'), '2026-09-30T12:30', 'outside_hours'],
    ['at closing time', calendarDay('2026-09-30', 'workday'), '2026-09-30T17:00', 'outside_hours'],
    [
      'a Zibo holiday (appointment only)',
      calendarDay('2026-10-05', 'holiday'),
      '2026-10-05T10:00',
      'appointment_only_day',
    ],
    [
      '除夕 in a Zaozhuang special period',
      calendarDay('2026-02-16', 'holiday', {
        specialPeriod: 'spring-festival',
        intervals: [{ from: '09:00', to: '16:00', mode: 'appointment-only' }],
      }),
      '2026-02-16T09:00',
      'appointment_only_day',
    ],
    [
      'a special period that keeps walk-in hours',
      calendarDay('2026-02-16', 'holiday', {
        specialPeriod: 'short-hours',
        intervals: [{ from: '09:00', to: '12:00', mode: 'walk-in' }],
      }),
      '2026-02-16T11:59',
      'ok',
    ],
    [
      'a closed hall',
      calendarDay('2026-11-28', 'restday', { intervals: [] }),
      '2026-11-28T10:00',
      'outside_hours',
    ],
    [
      'a hall missing from the day',
      calendarDay('2026-11-28', 'restday', { hallId: 'zibo-town' }),
      '2026-11-28T10:00',
      'outside_hours',
    ],
  ])('%s -> %s', (_label, day, now, expected) => {
    const result = checkWalkIn({ day, hallId, now: at(now) });
    expect(result.ok ? 'ok' : result.code).toBe(expected);
  });

  it('gives the day intervals when between them, and the special period when appointment only', () => {
    const day = calendarDay('2026-09-30', 'workday');
    expect(checkWalkIn({ day, hallId, now: at('2026-09-30T12:30') })).toMatchObject({
      detail: { intervals: day.halls[0]?.intervals },
    });
    const eve = calendarDay('2026-02-16', 'holiday', {
      specialPeriod: 'spring-festival',
      intervals: [{ from: '09:00', to: '16:00', mode: 'appointment-only' }],
    });
    expect(checkWalkIn({ day: eve, hallId, now: at('2026-02-16T10:00') })).toMatchObject({
      detail: { specialPeriod: 'spring-festival' },
    });
  });

  it('refuses a day that is not today in Shanghai', () => {
    // 2026-09-29T16:30Z is already 09-30 00:30 in Shanghai.
    expect(() =>
      checkWalkIn({
        day: calendarDay('2026-09-29', 'workday'),
        hallId,
        now: new Date('2026-09-29T16:30:00Z'),
      }),
    ).toThrow(/2026-09-30/);
  });
});
