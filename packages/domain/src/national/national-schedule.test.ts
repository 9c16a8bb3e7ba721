import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '../shared/field-error.js';
import { NationalScheduleSchema } from './national-schedule.js';

const name = { zh: '春节', en: 'Spring Festival' };

function errorsOf(input: unknown) {
  const parsed = NationalScheduleSchema.safeParse(input);
  return parsed.success ? [] : fieldErrorsOf(parsed.error);
}

describe('NationalScheduleSchema', () => {
  it('accepts holidays and make-up working days of its year, each with both names', () => {
    expect(
      errorsOf({
        year: 2027,
        days: [
          { date: '2027-02-06', kind: 'holiday', name },
          { date: '2027-02-20', kind: 'makeup-workday', name },
        ],
      }),
    ).toEqual([]);
  });

  it('names every date outside the year and every date listed twice', () => {
    const errors = errorsOf({
      year: 2027,
      days: [
        { date: '2026-12-31', kind: 'holiday', name },
        { date: '2027-02-06', kind: 'holiday', name },
        { date: '2027-02-06', kind: 'makeup-workday', name },
        { date: '2028-01-01', kind: 'holiday', name },
      ],
    });
    expect(errors.map((e) => e.path).sort()).toEqual(['/days/0/date', '/days/2/date', '/days/3/date']);
  });

  it('requires the name in Chinese and in English, and a real date', () => {
    const errors = errorsOf({
      year: 2027,
      days: [
        { date: '2027-02-06', kind: 'holiday', name: { zh: '春节', en: ' ' } },
        { date: '2027-02-07', kind: 'holiday', name: { en: 'Spring Festival' } },
        { date: '2027-02-30', kind: 'holiday', name },
        { date: '2027-02-08', kind: 'weekend', name },
      ],
    });
    expect(errors.map((e) => e.path).sort()).toEqual([
      '/days/0/name/en',
      '/days/1/name/zh',
      '/days/2/date',
      '/days/3/kind',
    ]);
  });

  it('refuses an empty schedule', () => {
    expect(errorsOf({ year: 2027, days: [] }).map((e) => e.path)).toEqual(['/days']);
  });
});
