import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../shared/errors.js';
import type { DayKind } from '../tenant/day-kind.js';
import { buildCalendar } from './build-calendar.js';
import { withOverrides, zaozhuang, zibo } from './calendar-fixtures.js';
import { dayKindOf } from './day-kind-of.js';
import { hallDay } from './hall-day.js';
import { previousWorkingDay } from './previous-working-day.js';

const reason = '测试';
const config = withOverrides(zaozhuang, [
  { date: '2026-03-12', hallId: 'zaozhuang-street-centre', kind: 'restday', reason },
  { date: '2026-03-13', kind: 'holiday', reason },
  { date: '2026-09-30', kind: 'restday', reason },
]);

describe('hallDay', () => {
  it('agrees with buildCalendar on every hall and day of a year', () => {
    for (const day of buildCalendar({ config, from: '2026-01-01', to: '2026-12-31' })) {
      for (const hall of day.halls) {
        const { date, kind: _kind, provisional, ...one } = hallDay(config, hall.hallId, day.date);
        expect(one, day.date).toEqual(hall);
        expect([date, provisional]).toEqual([day.date, day.provisional]);
      }
    }
  });

  it.each<{ hallId: string; date: string; kind: DayKind }>([
    { hallId: 'zaozhuang-hall', date: '2026-03-12', kind: 'workday' },
    { hallId: 'zaozhuang-street-centre', date: '2026-03-12', kind: 'restday' },
    { hallId: 'zaozhuang-hall', date: '2026-03-13', kind: 'holiday' },
    { hallId: 'zaozhuang-hall', date: '2026-02-14', kind: 'makeup-workday' },
  ])('$hallId on $date is a $kind', ({ hallId, date, kind }) => {
    expect(hallDay(config, hallId, date)).toMatchObject({ hallId, date, kind, provisional: false });
  });

  it('refuses an unknown hall', () => {
    expect(() => hallDay(config, 'nowhere', '2026-03-12')).toThrow(NotFoundError);
  });
});

describe('dayKindOf', () => {
  it.each<{ date: string; hallId?: string; kind: DayKind }>([
    { date: '2026-03-12', kind: 'workday' },
    { date: '2026-03-12', hallId: 'zaozhuang-street-centre', kind: 'restday' },
    { date: '2026-03-13', kind: 'holiday' },
    { date: '2026-03-13', hallId: 'zaozhuang-street-centre', kind: 'holiday' },
    { date: '2026-10-10', kind: 'makeup-workday' },
  ])('$date $hallId: $kind', ({ date, hallId, kind }) => {
    expect(dayKindOf(config, date, hallId)).toBe(kind);
  });
});

describe('previousWorkingDay', () => {
  it.each<{ date: string; hallId?: string; config: typeof config; expected: string; why: string }>([
    { date: '2026-10-01', config: zibo, expected: '2026-09-30', why: 'the eve of 国庆节' },
    { date: '2026-10-01', config, expected: '2026-09-29', why: 'the tenant closed 30 September' },
    { date: '2026-02-16', config: zibo, expected: '2026-02-14', why: 'a make-up Saturday counts' },
    { date: '2026-02-24', config: zibo, expected: '2026-02-14', why: 'back across the whole 春节 break' },
    { date: '2026-03-16', config: zibo, expected: '2026-03-13', why: 'over an ordinary weekend' },
    { date: '2026-03-16', config, expected: '2026-03-12', why: 'the tenant made 13 March a holiday' },
    {
      date: '2026-03-13',
      hallId: 'zaozhuang-street-centre',
      config,
      expected: '2026-03-11',
      why: 'the centre rests on 12 March',
    },
  ])('$date: $expected ($why)', ({ date, hallId, config, expected }) => {
    expect(previousWorkingDay(config, date, hallId)).toBe(expected);
  });
});
