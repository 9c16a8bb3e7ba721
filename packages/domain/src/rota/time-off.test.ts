import { describe, expect, it } from 'vitest';
import { at, dayOf, HALL, staff } from './rota-test-fixtures.js';
import { StaffingRulesSchema } from './staffing-rules.js';
import { rotaAccruals, serviceRecordAccrual, timeOffBalance } from './time-off.js';

const rules = StaffingRulesSchema.parse({});

describe('rotaAccruals', () => {
  it('earns the hours served on a rest day as leave, less absences (Zibo: equal to the hours served)', () => {
    const entries = rotaAccruals({
      day: dayOf('2026-12-05', 'restday'),
      hallId: HALL,
      rota: {
        assignments: [at('tax-a', 'tax', '09:00', '12:00'), at('tax-a', 'tax', '13:00', '17:00')],
        absences: [{ staffId: 'tax-a', from: '16:00', to: '17:00' }],
      },
      staff,
      rules,
    });
    expect(entries).toEqual([
      {
        staffId: 'tax-a',
        date: '2026-12-05',
        minutes: 360,
        reason: 'restday',
        compensation: 'leave',
        source: `rota:${HALL}`,
      },
    ]);
  });

  it("pays contract staff's statutory-holiday work as an allowance, not leave", () => {
    const entries = rotaAccruals({
      day: dayOf('2026-10-01', 'holiday'),
      hallId: HALL,
      rota: {
        assignments: [at('tax-a', 'tax', '09:00', '11:00'), at('tax-b', 'tax', '09:00', '11:00')],
        absences: [],
      },
      staff,
      rules,
    });
    expect(entries.map((e) => [e.staffId, e.compensation, e.minutes])).toEqual([
      ['tax-a', 'leave', 120],
      ['tax-b', 'allowance', 120],
    ]);
    expect(timeOffBalance(entries)).toBe(120);
  });

  it('earns lunch rotation on working days, not ordinary hours, and nothing for on-call', () => {
    const entries = rotaAccruals({
      day: dayOf('2026-12-07', 'workday'),
      hallId: HALL,
      rota: {
        assignments: [
          at('tax-a', 'tax', '09:00', '12:00'),
          { staffId: 'tax-b', duty: 'lunch', windowId: 'tax', from: '12:00', to: '13:30' },
          { staffId: 'ap-a', duty: 'on-call', from: '09:00', to: '17:00' },
        ],
        absences: [],
      },
      staff,
      rules,
    });
    expect(entries.map((e) => [e.staffId, e.reason, e.minutes])).toEqual([['tax-b', 'lunch-rotation', 90]]);
  });
});

describe('serviceRecordAccrual', () => {
  it('turns recorded extended service into a ledger line of the same length', () => {
    const e = serviceRecordAccrual({
      member: staff[0]!,
      date: '2026-12-07',
      minutes: 40,
      reason: 'extended-service',
      recordId: 'r1',
      rules,
    });
    expect(e).toMatchObject({ minutes: 40, compensation: 'leave', source: 'service-record:r1' });
  });
});
