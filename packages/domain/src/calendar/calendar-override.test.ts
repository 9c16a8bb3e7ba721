import { describe, expect, it } from 'vitest';
import { CalendarOverrideSchema } from './calendar-override.js';
import { supportedYears } from './lunar-calendar.js';

describe('CalendarOverrideSchema', () => {
  const closed = { hours: { sessions: [], mode: 'walk-in' }, reason: '设备检修' };

  it('accepts a date inside the years the calendar covers', () => {
    expect(CalendarOverrideSchema.safeParse({ date: '2027-02-05', ...closed }).success).toBe(true);
  });

  it.each([`${supportedYears().first - 1}-06-01`, `${supportedYears().last + 1}-06-01`])(
    'refuses %s, which the calendar cannot show',
    (date) => {
      const result = CalendarOverrideSchema.safeParse({ date, ...closed });
      expect(result.error?.issues.map((i) => i.path.join('/'))).toEqual(['date']);
    },
  );

  it('refuses an override that changes nothing', () => {
    const result = CalendarOverrideSchema.safeParse({ date: '2027-02-05', reason: 'x' });
    expect(result.error?.issues.map((i) => i.path.join('/'))).toEqual(['kind']);
  });
});
