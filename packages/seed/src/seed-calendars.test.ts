import { buildCalendar } from '@openhall/domain';
import { describe, expect, it } from 'vitest';
import { seedConfig } from './seed-config.js';

/** One hall-day as a line a hall manager can read: kind, then each interval with its mode. */
function describeDay(tenantId: string, date: string): string {
  const day = buildCalendar({ config: seedConfig(tenantId), from: date, to: date })[0]!;
  const hall = day.halls[0]!;
  const intervals = hall.intervals.map(
    (i) => `${i.from}-${i.to}${i.mode === 'appointment-only' ? ' appt' : ''}`,
  );
  return [day.kind, day.provisional ? 'provisional' : '', ...intervals, hall.specialPeriod ?? '']
    .filter(Boolean)
    .join(' ');
}

// One row per real date. 2026: 春节 Feb 15-23 (除夕 Feb 16 is 腊月廿九: the twelfth month has 29 days),
// make-up Saturdays Feb 14 and Feb 28; 国庆/中秋 Oct 1-7 with make-up Sunday Sep 20. 2027's
// schedule is not published: its statutory days are computed and provisional.
describe.each([
  {
    tenant: 'zaozhuang-gxq',
    rows: [
      ['2026-11-23', 'workday 09:00-17:30'], // lunch rotation: no gap at noon
      ['2026-11-28', 'restday 09:00-16:00'],
      ['2026-10-01', 'holiday 09:00-16:00'],
      ['2026-09-20', 'makeup-workday 09:00-17:30'],
      ['2026-02-14', 'makeup-workday 09:00-17:30'],
      ['2026-02-15', 'holiday 09:00-16:00'], // a holiday's first day, before 除夕
      ['2026-02-16', 'holiday 09:00-16:00 appt spring-festival'], // 除夕 on 腊月廿九
      ['2026-02-18', 'holiday 09:00-16:00 appt spring-festival'], // 正月初二
      ['2026-02-19', 'holiday 09:00-16:00'], // 正月初三: walk-in again
      ['2025-01-28', 'holiday 09:00-16:00 appt spring-festival'], // 除夕 2025 (腊月廿九), a holiday since 2025
      ['2024-02-09', 'workday 09:00-16:00 appt spring-festival'], // 除夕 2024 (腊月廿九) was a working day
      ['2027-02-05', 'holiday provisional 09:00-16:00 appt spring-festival'], // 除夕 2027
    ],
  },
  {
    tenant: 'zibo',
    rows: [
      ['2026-11-23', 'workday 09:00-12:00 13:00-17:00'],
      ['2026-11-28', 'restday 09:00-12:00 13:00-17:00'], // 周末无休
      ['2026-10-03', 'holiday 09:00-12:00 appt 13:00-17:00 appt'], // a Saturday inside 国庆: holiday rule
      ['2026-10-10', 'makeup-workday 09:00-12:00 13:00-17:00'],
      ['2027-10-02', 'holiday provisional 09:00-12:00 appt 13:00-17:00 appt'],
    ],
  },
  {
    tenant: 'chengde-gxq',
    rows: [
      ['2026-11-24', 'workday 09:00-12:00 13:30-17:30'],
      ['2026-11-29', 'restday 09:00-11:30 14:00-17:00'],
      ['2026-05-01', 'holiday 09:00-11:30 14:00-17:00'],
      ['2026-02-28', 'makeup-workday 09:00-12:00 13:30-17:30'],
    ],
  },
  {
    tenant: 'boai',
    rows: [
      ['2026-11-25', 'workday 09:00-12:00 13:30-17:30'],
      ['2026-11-28', 'restday 09:00-12:00 appt 13:30-17:30 appt'],
      ['2026-10-05', 'holiday 09:00-12:00 appt 13:30-17:30 appt'],
      ['2026-01-04', 'makeup-workday 09:00-12:00 13:30-17:30'], // a make-up Sunday after 元旦
    ],
  },
])('calendar of the seeded $tenant', ({ tenant, rows }) => {
  it.each(rows)('%s is %s', (date, expected) => {
    expect(describeDay(tenant, date)).toBe(expected);
  });
});

describe('extended service as the seeds publish it', () => {
  it.each([
    ['zaozhuang-gxq', true],
    ['chengde-gxq', true],
    ['boai', true],
  ])('%s serves past closing on working days: %s', (tenant, expected) => {
    const day = buildCalendar({ config: seedConfig(tenant), from: '2026-11-23', to: '2026-11-23' })[0]!;
    expect(day.halls[0]!.extendedService).toBe(expected);
  });
});
