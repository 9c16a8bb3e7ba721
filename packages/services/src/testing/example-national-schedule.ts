import type { NationalScheduleInput } from '@openhall/domain';

const name = (zh: string, en: string) => ({ zh, en });
const 元旦 = name('元旦', "New Year's Day");
const 春节 = name('春节', 'Spring Festival');
const 国庆节 = name('国庆节', 'National Day');

/**
 * An invented 2027 schedule shaped like the State Council's (holidays with names, 调休 make-up
 * working days on weekends), for tests: the real one is entered by the platform operator.
 */
export const EXAMPLE_SCHEDULE_2027: NationalScheduleInput = {
  source: 'example for tests',
  days: [
    ...['2027-01-01', '2027-01-02', '2027-01-03'].map((date) => ({
      date,
      kind: 'holiday' as const,
      name: 元旦,
    })),
    { date: '2027-01-31', kind: 'makeup-workday', name: 春节 },
    ...['05', '06', '07', '08', '09', '10', '11'].map((d) => ({
      date: `2027-02-${d}`,
      kind: 'holiday' as const,
      name: 春节,
    })),
    { date: '2027-02-20', kind: 'makeup-workday', name: 春节 },
    { date: '2027-09-26', kind: 'makeup-workday', name: 国庆节 },
    ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({
      date: `2027-10-${d}`,
      kind: 'holiday' as const,
      name: 国庆节,
    })),
    { date: '2027-10-09', kind: 'makeup-workday', name: 国庆节 },
  ],
};
