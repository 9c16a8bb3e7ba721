import { describe, expect, it } from 'vitest';
import { shanghaiDateOf } from '../shared/shanghai-time.js';
import { boai, withOverrides, zibo } from './calendar-fixtures.js';
import { addWorkingDays, endOfWorkingDay, isWorkingDate } from './working-days.js';

const at = (iso: string) => new Date(iso);

describe('endOfWorkingDay (当日答复)', () => {
  it.each([
    // [asked at, due]
    ['2026-02-13T10:00:00+08:00', '2026-02-13T17:00:00+08:00'], // Friday before 春节, still open
    ['2026-02-13T17:30:00+08:00', '2026-02-14T17:00:00+08:00'], // after close: the Saturday make-up day
    ['2026-02-15T09:00:00+08:00', '2026-02-24T17:00:00+08:00'], // inside 春节: first day back
    ['2026-09-19T11:00:00+08:00', '2026-09-20T17:00:00+08:00'], // Saturday, Sunday is 调休补班
    ['2026-10-03T11:00:00+08:00', '2026-10-08T17:00:00+08:00'], // National Day week
    ['2026-10-09T18:00:00+08:00', '2026-10-10T17:00:00+08:00'], // Friday evening, Saturday make-up day
    ['2026-10-10T18:00:00+08:00', '2026-10-12T17:00:00+08:00'], // after the make-up day: Monday
  ])('asked %s is due %s', (asked, due) => {
    expect(endOfWorkingDay(boai, at(asked))).toBe(due);
  });

  it('ends the day when the hall closes, by the tenant hours', () => {
    // Zibo's fixture hours close at another time than Boai's; each tenant's own close counts.
    const due = endOfWorkingDay(zibo, at('2026-03-02T08:00:00+08:00'));
    expect(due.startsWith('2026-03-02T')).toBe(true);
  });

  it('follows a tenant override that makes a working day a day off', () => {
    const config = withOverrides(boai, [{ date: '2026-03-02', kind: 'restday', reason: '停电 power cut' }]);
    expect(endOfWorkingDay(config, at('2026-03-02T08:00:00+08:00'))).toBe('2026-03-03T17:00:00+08:00');
  });
});

describe('addWorkingDays', () => {
  it.each([
    // [from, n, due]
    ['2026-02-13T10:00:00+08:00', 1, '2026-02-14T17:00:00+08:00'], // the make-up Saturday counts
    ['2026-02-13T10:00:00+08:00', 2, '2026-02-24T17:00:00+08:00'], // 春节 15-23 Feb does not
    ['2026-02-13T10:00:00+08:00', 5, '2026-02-27T17:00:00+08:00'],
    ['2026-02-14T10:00:00+08:00', 5, '2026-02-28T17:00:00+08:00'], // ends on the second make-up Saturday
    ['2026-02-14T10:00:00+08:00', 6, '2026-03-02T17:00:00+08:00'],
    ['2026-02-10T10:00:00+08:00', 15, '2026-03-09T17:00:00+08:00'], // 4 before, 5 after 春节, 6 in March
    ['2026-09-30T16:00:00+08:00', 1, '2026-10-08T17:00:00+08:00'], // National Day
    ['2026-09-30T16:00:00+08:00', 3, '2026-10-10T17:00:00+08:00'], // Saturday 10 Oct is a make-up day
    ['2026-09-30T16:00:00+08:00', 4, '2026-10-12T17:00:00+08:00'],
    ['2026-09-18T16:00:00+08:00', 1, '2026-09-20T17:00:00+08:00'], // Sunday 20 Sep is a make-up day
  ])('%s plus %i working days is %s', (from, n, due) => {
    expect(addWorkingDays(boai, at(from), n)).toBe(due);
  });

  it('refuses a count that is not a whole positive number', () => {
    expect(() => addWorkingDays(boai, at('2026-02-13T10:00:00+08:00'), 0)).toThrow(RangeError);
    expect(() => addWorkingDays(boai, at('2026-02-13T10:00:00+08:00'), 1.5)).toThrow(RangeError);
  });

  it('never lands on a day that is not a working day, whatever the start', () => {
    for (let d = 0; d < 400; d += 3) {
      const from = new Date(Date.parse('2026-01-01T12:00:00+08:00') + d * 86_400_000);
      for (const n of [1, 5, 7]) {
        const due = addWorkingDays(boai, from, n).slice(0, 10);
        expect(isWorkingDate(boai, due)).toBe(true);
        expect(due > shanghaiDateOf(from)).toBe(true);
      }
    }
  });
});
