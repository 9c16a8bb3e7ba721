import { afterEach, describe, expect, it } from 'vitest';
import { publishedSchedule } from './published-schedule.js';
import { statutoryHolidays } from './statutory-holidays.js';

// The package reads dates with the host's local getters; the calendar must not care where it runs.
const original = process.env.TZ;
afterEach(() => {
  // Assigning undefined would set the string "undefined".
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

function inZone<T>(zone: string, read: () => T): T {
  process.env.TZ = zone;
  return read();
}

describe('the host time zone changes nothing', () => {
  it.each(['America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'])(
    '%s',
    (zone) => {
      const utc = inZone('UTC', () => ({
        schedule: [...(publishedSchedule(2026) ?? [])],
        statutory: [2027, 2028, 2030].map((y) => [...statutoryHolidays(y)]),
      }));
      const there = inZone(zone, () => ({
        schedule: [...(publishedSchedule(2026) ?? [])],
        statutory: [2027, 2028, 2030].map((y) => [...statutoryHolidays(y)]),
      }));
      expect(there).toEqual(utc);
      expect(utc.schedule).toHaveLength(39);
    },
  );
});
