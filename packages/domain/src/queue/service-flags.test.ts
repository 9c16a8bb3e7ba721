import { describe, expect, it } from 'vitest';
import { hallDay } from '../calendar/hall-day.js';
import { HallSchema } from '../tenant/hall.js';
import { pastClosing, serviceFlags } from './service-flags.js';

const hall = HallSchema.parse({
  id: 'hall',
  name: { zh: '大厅', en: 'Hall' },
  kind: 'district-hall',
  address: { zh: '地址', en: 'Address' },
  openingPolicy: {
    workday: {
      sessions: [
        { from: '09:00', to: '12:00' },
        { from: '13:30', to: '17:00' },
      ],
      mode: 'walk-in',
      noGapLunch: true,
    },
    restday: { sessions: [{ from: '09:00', to: '16:00' }], mode: 'walk-in' },
    holiday: { sessions: [{ from: '09:00', to: '16:00' }], mode: 'walk-in' },
    extendedService: true,
  },
});
const config = { halls: [hall], calendarOverrides: [] };
const at = (d: string, hm: string) => `${d}T${hm}:00+08:00`;

describe('serviceFlags from the calendar', () => {
  it.each([
    // 2026-12-01 is a Tuesday (工作日); 2026-12-05 a Saturday (休息日); 2026-10-01 国庆节.
    [
      '2026-12-01',
      '12:10',
      '12:40',
      { lunch: true, extended: false, minutesPastClosing: 0, restday: false, holiday: false },
    ],
    ['2026-12-01', '10:00', '10:20', { lunch: false, extended: false, restday: false, holiday: false }],
    ['2026-12-01', '16:50', '17:40', { lunch: false, extended: true, minutesPastClosing: 40 }],
    ['2026-12-05', '12:10', '12:40', { lunch: false, restday: true, holiday: false }],
    ['2026-10-01', '15:30', '16:10', { holiday: true, extended: true, minutesPastClosing: 10 }],
  ])('%s %s–%s', (date, from, to, expected) => {
    const day = hallDay(config, 'hall', date);
    expect(serviceFlags(hall, day, { from: at(date, from), to: at(date, to) }, false)).toMatchObject(
      expected,
    );
  });

  it('knows when the hall is past closing', () => {
    const day = hallDay(config, 'hall', '2026-12-01');
    expect(pastClosing(day, '16:59')).toBe(false);
    expect(pastClosing(day, '17:00')).toBe(true);
  });
});
