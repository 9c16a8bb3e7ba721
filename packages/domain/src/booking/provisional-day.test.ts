import { seedConfig } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import type { NationalSchedule } from '../national/national-schedule.js';
import type { TenantConfig } from '../tenant/tenant-config.js';
import { availabilityOf } from './availability-of.js';
import type { BookingChannel } from './booking-schemas.js';
import { checkSlot } from './slot-plan.js';

const zibo = seedConfig('zibo');
const matter = zibo.matters.find((m) => m.id === 'enterprise-establishment')!;
// A Monday inside the desk's hours; 2027 is provisional in the built-in calendar, within the horizon.
const now = new Date('2026-12-21T10:00:00+08:00');
const provisionalDate = '2027-01-05';

const bookableOnline = (allowed: boolean): TenantConfig => ({
  ...zibo,
  bookingPolicy: { ...zibo.bookingPolicy, provisionalDaysBookableOnline: allowed },
});
const published: NationalSchedule = {
  year: 2027,
  days: [{ date: '2027-01-01', kind: 'holiday', name: { zh: '元旦', en: "New Year's Day" } }],
};

function dayOf(
  config: TenantConfig & { nationalSchedules?: Map<number, NationalSchedule> },
  date: string,
  channel: BookingChannel,
) {
  return availabilityOf({ config, matter, hallId: 'zibo-center', date, now, channel, taken: new Map() });
}

describe('provisional days (the year’s State Council schedule not yet published)', () => {
  it('are refused online by default, with their own code, and flagged', () => {
    expect(zibo.bookingPolicy.provisionalDaysBookableOnline).toBe(false);
    const day = dayOf(zibo, provisionalDate, 'online');
    expect(day).toMatchObject({ provisional: true, slots: [], unavailable: { code: 'provisional_day' } });
    const asked = checkSlot({
      config: zibo,
      matterId: matter.id,
      hallId: 'zibo-center',
      start: `${provisionalDate}T10:00:00+08:00`,
      now,
      channel: 'online',
    });
    expect(asked).toMatchObject({ ok: false, code: 'provisional_day' });
  });

  it('stay bookable at the desk, which can call the applicant if the schedule moves the day', () => {
    const day = dayOf(zibo, provisionalDate, 'desk');
    expect(day.provisional).toBe(true);
    expect(day.slots.length).toBeGreaterThan(0);
  });

  it('are bookable online, still flagged, when the policy allows it', () => {
    const day = dayOf(bookableOnline(true), provisionalDate, 'online');
    expect(day.provisional).toBe(true);
    expect(day.unavailable).toBeUndefined();
    expect(day.slots.length).toBeGreaterThan(0);
  });

  it('end once the platform publishes the year', () => {
    const day = dayOf(
      { ...zibo, nationalSchedules: new Map([[2027, published]]) },
      provisionalDate,
      'online',
    );
    expect(day.provisional).toBe(false);
    expect(day.slots.length).toBeGreaterThan(0);
  });

  it('leave a year the built-in schedule covers alone', () => {
    const day = dayOf(zibo, '2026-12-29', 'online');
    expect(day.provisional).toBe(false);
    expect(day.slots.length).toBeGreaterThan(0);
  });

  it('are flagged even when outside the booking horizon', () => {
    expect(dayOf(zibo, '2027-03-02', 'online')).toMatchObject({
      provisional: true,
      unavailable: { code: 'beyond_horizon' },
    });
  });
});
