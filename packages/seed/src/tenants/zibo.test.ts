import { describe, expect, it } from 'vitest';
import { seedConfig } from '../seed-config.js';

const config = seedConfig('zibo');
const hall = config.halls[0]!;
const seedSessions = [
  { from: '09:00', to: '12:00' },
  { from: '13:00', to: '17:00' },
];

describe('Zibo seed', () => {
  it('serves list matters without booking on weekend rest days, 9:00-12:00 and 13:00-17:00', () => {
    expect(hall.openingPolicy.restday).toEqual({
      sessions: seedSessions,
      mode: 'walk-in',
      noGapLunch: false,
    });
  });

  it('serves statutory holidays by appointment only', () => {
    expect(hall.openingPolicy.holiday.mode).toBe('appointment-only');
    expect(hall.openingPolicy.holiday.sessions.length).toBeGreaterThan(0);
  });

  it.each(config.matters)('$id is open on weekends and needs a booking on holidays', (matter) => {
    expect(matter.availability).toEqual({
      workday: 'open',
      restday: 'open',
      holiday: 'appointment-required',
    });
  });

  it('takes holiday bookings on a working day before the holiday', () => {
    expect(config.bookingPolicy.holidayBooking).toBe('on-prior-working-day');
  });

  it('answers the booking phone 0533-2512345 on working days, 9:00-12:00 and 13:00-17:00', () => {
    expect(config.bookingPolicy.deskPhone).toEqual({
      phone: '0533-2512345',
      workingDaysOnly: true,
      sessions: seedSessions,
    });
  });

  it('contacts an applicant 30 minutes late and gives 12 hours notice of a staff change', () => {
    expect(config.bookingPolicy.lateLimitMinutes).toBe(30);
    expect(config.bookingPolicy.staffChangeNoticeHours).toBe(12);
  });

  it('has the consultation desk where holiday bookings are registered', () => {
    expect(config.windows.filter((w) => w.kind === 'consultation')).toHaveLength(1);
  });
});
