import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/build-calendar.js';
import type { CalendarConfig } from '../calendar/calendar-config.js';
import { withOverrides, zibo } from '../calendar/calendar-fixtures.js';
import { dayKindOf } from '../calendar/day-kind-of.js';
import { hallDay } from '../calendar/hall-day.js';
import type { NationalSchedule } from './national-schedule.js';

const spring = { zh: '春节', en: 'Spring Festival' };
const schedule2027: NationalSchedule = {
  year: 2027,
  days: [
    { date: '2027-02-05', kind: 'holiday', name: spring },
    { date: '2027-02-08', kind: 'holiday', name: spring },
    { date: '2027-02-20', kind: 'makeup-workday', name: spring },
  ],
};
const published: CalendarConfig = { ...zibo, nationalSchedules: new Map([[2027, schedule2027]]) };

function day(config: CalendarConfig, date: string) {
  const [d] = buildCalendar({ config, from: date, to: date });
  return d!;
}

describe('a national schedule the platform published', () => {
  it('makes its year no longer provisional, with its holidays and make-up working days', () => {
    expect(day(zibo, '2027-02-20')).toMatchObject({ kind: 'restday', provisional: true });
    expect(day(published, '2027-02-20')).toMatchObject({ kind: 'makeup-workday', provisional: false });
    expect(day(published, '2027-02-08')).toMatchObject({
      kind: 'holiday',
      holidayName: '春节',
      provisional: false,
    });
    // A day it does not name is a plain weekday or weekend, no longer provisional.
    expect(day(published, '2027-03-02')).toMatchObject({ kind: 'workday', provisional: false });
    expect(day(published, '2027-03-06')).toMatchObject({ kind: 'restday', provisional: false });
    // Statutory days the law fixes but the schedule does not name are not holidays either.
    expect(day(published, '2027-05-01')).toMatchObject({ kind: 'restday', provisional: false });
  });

  it('leaves the other years to the built-in calendar', () => {
    expect(day(published, '2026-02-14')).toMatchObject({ kind: 'makeup-workday', provisional: false });
    expect(day(published, '2028-03-04')).toMatchObject({ provisional: true });
  });

  it('gives way to the tenant’s overrides, for the whole tenant and for one hall', () => {
    const hallId = zibo.halls[0]!.id;
    const overridden: CalendarConfig = {
      ...withOverrides(zibo, [
        { date: '2027-02-20', kind: 'restday', reason: 'local decision' },
        { date: '2027-02-05', hallId, kind: 'workday', reason: 'the hall works' },
      ]),
      nationalSchedules: published.nationalSchedules!,
    };
    expect(day(overridden, '2027-02-20')).toMatchObject({ kind: 'restday', provisional: false });
    expect(dayKindOf(overridden, '2027-02-05')).toBe('holiday');
    expect(dayKindOf(overridden, '2027-02-05', hallId)).toBe('workday');
    expect(hallDay(overridden, hallId, '2027-02-05')).toMatchObject({ kind: 'workday', provisional: false });
  });
});
