import { describe, expect, it } from 'vitest';
import type { ServiceFlags } from '../queue/ticket.js';
import { at, chengdeLike as rules, staff } from './rota-test-fixtures.js';
import { serviceRecordAccruals, visitAccruals } from './service-accruals.js';

const flags = (f: Partial<ServiceFlags>): ServiceFlags => ({
  lunch: false,
  extended: false,
  minutesPastClosing: 0,
  restday: false,
  holiday: false,
  appointment: false,
  ...f,
});
// A working day 09:00-12:00 and 13:00-17:00.
const sessions = [
  { from: 9 * 60, to: 12 * 60 },
  { from: 13 * 60, to: 17 * 60 },
];

describe('serviceRecordAccruals', () => {
  it('earns each handler the minutes past closing as 延时服务, leave or allowance by category', () => {
    const entries = serviceRecordAccruals({
      day: { date: '2026-12-07', kind: 'workday' },
      sessions,
      served: { from: '16:50', to: '17:40' },
      flags: flags({ extended: true, minutesPastClosing: 40 }),
      handlers: ['tax-a', 'tax-b', 'tax-a'],
      recordId: 'K7QXM4RTD',
      rota: undefined,
      staff,
      rules,
    });
    expect(entries.map((e) => [e.staffId, e.reason, e.minutes, e.source])).toEqual([
      ['tax-a', 'extended-service', 40, 'service-record:K7QXM4RTD'],
      ['tax-b', 'extended-service', 40, 'service-record:K7QXM4RTD'],
    ]);
  });

  it('earns the lunch minutes not already on the person’s lunch duty', () => {
    const base = {
      day: { date: '2026-12-07', kind: 'workday' as const },
      sessions,
      served: { from: '11:50', to: '12:30' },
      flags: flags({ lunch: true }),
      handlers: ['tax-a'],
      recordId: 'R1',
      staff,
      rules,
    };
    expect(serviceRecordAccruals({ ...base, rota: undefined }).map((e) => [e.reason, e.minutes])).toEqual([
      ['lunch-rotation', 30],
    ]);
    const onLunchDuty = {
      assignments: [{ ...at('tax-a', 'tax', '12:00', '12:20'), duty: 'lunch' as const }],
    };
    expect(serviceRecordAccruals({ ...base, rota: onLunchDuty }).map((e) => e.minutes)).toEqual([10]);
  });

  it('earns on a holiday only what no rostered duty covers (called in from on-call)', () => {
    const base = {
      day: { date: '2026-10-02', kind: 'holiday' as const },
      sessions: [{ from: 9 * 60, to: 16 * 60 }],
      served: { from: '10:00', to: '10:45' },
      flags: flags({ holiday: true }),
      handlers: ['tax-b'],
      recordId: 'R2',
      staff,
      rules,
    };
    const onCall = { assignments: [{ ...at('tax-b', 'tax', '09:00', '16:00'), duty: 'on-call' as const }] };
    const [entry] = serviceRecordAccruals({ ...base, rota: onCall });
    expect(entry).toMatchObject({ reason: 'holiday', minutes: 45 });
    // tax-b is contract staff: statutory-holiday work is paid, not swapped.
    expect(entry?.compensation).toBe(rules.compensation.contract.holiday);
    expect(
      serviceRecordAccruals({ ...base, rota: { assignments: [at('tax-b', 'tax', '09:00', '16:00')] } }),
    ).toEqual([]);
  });
});

describe('visitAccruals', () => {
  it('owes each member the visit’s minutes, a holiday visit by the holiday rule of their category', () => {
    const entries = visitAccruals({
      day: { date: '2026-10-02', kind: 'holiday' },
      kind: 'door-to-door',
      owed: [
        { staffId: 'tax-a', minutes: 90 },
        { staffId: 'tax-b', minutes: 90 },
      ],
      visitId: 'v-1',
      staff,
      rules,
    });
    expect(entries.map((e) => [e.staffId, e.reason, e.minutes, e.compensation, e.source])).toEqual([
      ['tax-a', 'door-to-door', 90, rules.compensation['civil-servant'].holiday, 'visit:v-1'],
      ['tax-b', 'door-to-door', 90, rules.compensation.contract.holiday, 'visit:v-1'],
    ]);
  });
});
