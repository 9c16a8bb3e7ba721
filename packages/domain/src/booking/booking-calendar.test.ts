// The booking rules fed by the real calendar engine rather than hand-built days.
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/build-calendar.js';
import { dayKindOf } from '../calendar/day-kind-of.js';
import type { TenantConfig } from '../tenant/tenant-config.js';
import { checkBookingRules } from './booking-rules.js';
import type { BookingChannel } from './booking-schemas.js';
import { generateSlots } from './slots.js';
import { at, ziboConfig } from './test-fixtures.js';
import { checkWalkIn } from './walk-in.js';

const hallId = 'zibo-center';
const matter = ziboConfig.matters.find((m) => m.id === 'company-registration')!;

function dayOf(config: TenantConfig, date: string) {
  const [day] = buildCalendar({ config, from: date, to: date, hallIds: [hallId] });
  return day!;
}

function book(now: string, slot: string, channel: BookingChannel = 'online', config = ziboConfig) {
  const result = checkBookingRules({
    config,
    day: dayOf(config, slot.slice(0, 10)),
    matterId: matter.id,
    hallId,
    slotStart: `${slot}:00+08:00`,
    now: at(now),
    nowDayKind: dayKindOf(config, now.slice(0, 10), hallId),
    channel,
  });
  return result.ok ? 'ok' : result.code;
}

describe('Zibo 节假日预约 through buildCalendar (2026 State Council schedule)', () => {
  it.each([
    ['Wednesday 09-30 for 国庆 10-05', '2026-09-30T10:00', '2026-10-05T09:30', 'online', 'ok'],
    [
      '国庆 10-02 for 10-05',
      '2026-10-02T10:00',
      '2026-10-05T09:30',
      'online',
      'holiday_booking_window_closed',
    ],
    [
      '中秋 Sunday 09-27 for 10-03',
      '2026-09-27T10:00',
      '2026-10-03T09:00',
      'online',
      'holiday_booking_window_closed',
    ],
    [
      'rest-day Saturday 09-19 for 10-03',
      '2026-09-19T10:00',
      '2026-10-03T09:00',
      'online',
      'holiday_booking_window_closed',
    ],
    ['make-up Sunday 09-20 for 10-03', '2026-09-20T10:00', '2026-10-03T09:00', 'online', 'ok'],
    ['make-up Sunday 09-20 by phone', '2026-09-20T10:00', '2026-10-03T09:00', 'phone', 'ok'],
    [
      'make-up Saturday 10-10 for Sunday 10-11 (周末无休)',
      '2026-10-10T10:00',
      '2026-10-11T09:00',
      'online',
      'ok',
    ],
    ['rest day 10-11 by phone', '2026-10-11T10:00', '2026-10-12T09:00', 'phone', 'desk_phone_closed'],
  ] as const)('%s -> %s', (_label, now, slot, channel, expected) => {
    expect(book(now, slot, channel)).toBe(expected);
  });

  it('offers the whole appointment-only holiday as slots once the window is open', () => {
    const day = dayOf(ziboConfig, '2026-10-05');
    expect(day.kind).toBe('holiday');
    const slots = generateSlots({
      day,
      hallId,
      matter,
      windows: ziboConfig.windows,
      now: at('2026-09-30T10:00'),
      policy: ziboConfig.bookingPolicy,
      channel: 'online',
    });
    expect(slots.map((s) => s.start.slice(11, 16))).toEqual([
      '09:00',
      '09:30',
      '10:00',
      '10:30',
      '11:00',
      '11:30',
      '13:00',
      '13:30',
      '14:00',
      '14:30',
      '15:00',
      '15:30',
      '16:00',
      '16:30',
    ]);
    expect(checkWalkIn({ day, hallId, now: at('2026-10-05T10:00') })).toMatchObject({
      code: 'appointment_only_day',
    });
  });
});

describe('a Zaozhuang-style 除夕 to 正月初二 special period through buildCalendar', () => {
  const config: TenantConfig = {
    ...ziboConfig,
    halls: ziboConfig.halls.map((h) =>
      h.id === hallId
        ? {
            ...h,
            openingPolicy: {
              ...h.openingPolicy,
              holiday: { sessions: [{ from: '09:00', to: '16:00' }], mode: 'walk-in', noGapLunch: true },
              specialPeriods: [
                {
                  id: 'spring-festival',
                  name: { zh: '除夕至正月初二', en: 'New Year eve to 2nd day' },
                  from: { eve: true },
                  to: { month: 1, day: 2 },
                  hours: {
                    sessions: [{ from: '09:00', to: '16:00' }],
                    mode: 'appointment-only',
                    noGapLunch: true,
                  },
                },
              ],
            },
          }
        : h,
    ),
    bookingPolicy: { ...ziboConfig.bookingPolicy, holidayBooking: 'anytime' },
  };

  it.each([
    ['2026-02-16T10:00', 'appointment_only_day'], // 除夕
    ['2026-02-18T10:00', 'appointment_only_day'], // 正月初二
    ['2026-02-19T10:00', 'ok'], // 正月初三: holiday hours, walk-in
  ])('walk-in at %s -> %s', (now, expected) => {
    const result = checkWalkIn({ day: dayOf(config, now.slice(0, 10)), hallId, now: at(now) });
    expect(result.ok ? 'ok' : result.code).toBe(expected);
  });

  it('still takes bookings on 除夕', () => {
    expect(book('2026-02-13T10:00', '2026-02-16T10:00', 'online', config)).toBe('ok');
  });
});
