import scheduleData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import type { DayKind } from '../tenant/day-kind.js';
import type { TenantConfig } from '../tenant/tenant-config.js';
import { checkBookingRules, isDeskPhoneOpen } from './booking-rules.js';
import type { BookingChannel } from './booking-schemas.js';
import type { BookingRuleCode } from './rule-result.js';
import { at, calendarDay, ziboConfig } from './test-fixtures.js';

/** Kind of a 2026 date as the State Council schedule (via chinese-days) has it. */
const KINDS: Record<string, DayKind> = {
  '2026-02-14': 'makeup-workday', // Saturday worked for 春节
  '2026-02-17': 'holiday', // 春节
  '2026-09-19': 'restday', // Saturday
  '2026-09-20': 'makeup-workday', // Sunday worked for 国庆
  '2026-09-21': 'workday',
  '2026-09-27': 'holiday', // Sunday inside 中秋 (09-25..27)
  '2026-09-30': 'workday', // Wednesday
  '2026-10-01': 'holiday', // 国庆 10-01..07
  '2026-10-02': 'holiday',
  '2026-10-03': 'holiday',
  '2026-10-05': 'holiday',
  '2026-10-10': 'makeup-workday', // Saturday worked for 国庆
  '2026-11-01': 'restday',
  '2026-11-27': 'workday',
  '2026-11-28': 'restday',
  '2026-12-01': 'workday',
  '2026-12-02': 'workday',
};

/** The package's own date-keyed tables as the oracle (its Date-based helpers depend on the host's zone). */
function nationalKind(date: string): DayKind {
  const weekend = [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
  if (date in scheduleData.workdays) return 'makeup-workday';
  if (date in scheduleData.holidays) return 'holiday';
  return weekend ? 'restday' : 'workday';
}

const kindOf = (date: string): DayKind => {
  const kind = KINDS[date];
  if (!kind) throw new Error(`add ${date} to KINDS`);
  return kind;
};

function check(row: {
  now: string;
  slot: string;
  matterId?: string;
  hallId?: string;
  channel?: BookingChannel;
  config?: TenantConfig;
  intervals?: [];
}) {
  const date = row.slot.slice(0, 10);
  return checkBookingRules({
    config: row.config ?? ziboConfig,
    day: calendarDay(date, kindOf(date), row.intervals ? { intervals: row.intervals } : {}),
    matterId: row.matterId ?? 'company-registration',
    hallId: row.hallId ?? 'zibo-center',
    slotStart: `${row.slot}:00+08:00`,
    now: at(row.now),
    nowDayKind: kindOf(row.now.slice(0, 10)),
    channel: row.channel ?? 'online',
  });
}

describe('the 2026 day kinds used below', () => {
  it.each(Object.entries(KINDS))('%s is a %s', (date, kind) => {
    expect(nationalKind(date)).toBe(kind);
  });
});

describe('checkBookingRules: 节假日预约 (Zibo, holiday slots booked on a prior working day)', () => {
  it.each([
    ['on Wednesday 09-30 for 国庆 10-05', '2026-09-30T10:00', '2026-10-05T09:30', 'online', 'ok'],
    [
      'during 国庆 for a later 国庆 day',
      '2026-10-02T10:00',
      '2026-10-05T09:30',
      'online',
      'holiday_booking_window_closed',
    ],
    [
      'on the same holiday morning',
      '2026-10-05T07:00',
      '2026-10-05T10:00',
      'online',
      'holiday_booking_window_closed',
    ],
    [
      'on 中秋 Sunday 09-27 for 10-03',
      '2026-09-27T10:00',
      '2026-10-03T09:00',
      'online',
      'holiday_booking_window_closed',
    ],
    [
      'on rest-day Saturday 09-19 for 10-03',
      '2026-09-19T10:00',
      '2026-10-03T09:00',
      'online',
      'holiday_booking_window_closed',
    ],
    ['on make-up Sunday 09-20 (调休补班) for 10-03', '2026-09-20T10:00', '2026-10-03T09:00', 'online', 'ok'],
    ['late on the eve, online', '2026-09-30T23:30', '2026-10-01T09:00', 'online', 'ok'],
    ['late on the eve, by phone', '2026-09-30T23:30', '2026-10-01T09:00', 'phone', 'desk_phone_closed'],
    ['at the desk on 09-30 in its hours', '2026-09-30T10:00', '2026-10-05T09:30', 'desk', 'ok'],
    ['by phone over lunch', '2026-09-30T12:30', '2026-10-05T09:30', 'phone', 'desk_phone_closed'],
    [
      'by phone at 17:00 sharp (sessions are half-open)',
      '2026-09-30T17:00',
      '2026-10-05T09:30',
      'phone',
      'desk_phone_closed',
    ],
    ['by phone on make-up Sunday 09-20', '2026-09-20T16:59', '2026-10-03T09:00', 'phone', 'ok'],
    ['at the desk on a holiday', '2026-10-02T10:00', '2026-10-05T09:30', 'desk', 'desk_phone_closed'],
    ['on make-up Saturday 02-14 for 春节 02-17', '2026-02-14T10:00', '2026-02-17T09:00', 'online', 'ok'],
  ] as const)('%s -> %s', (_label, now, slot, channel, expected) => {
    const result = check({ now, slot, channel });
    expect(result.ok ? 'ok' : result.code).toBe(expected);
  });

  it('lets any day book a holiday when the tenant allows it', () => {
    const anytime = {
      ...ziboConfig,
      bookingPolicy: { ...ziboConfig.bookingPolicy, holidayBooking: 'anytime' as const },
    };
    expect(check({ now: '2026-10-02T10:00', slot: '2026-10-05T09:30', config: anytime })).toEqual({
      ok: true,
    });
  });

  it('does not restrict rest-day slots (周末无休)', () => {
    expect(check({ now: '2026-11-01T10:00', slot: '2026-11-28T09:30' })).toEqual({ ok: true });
  });
});

describe('checkBookingRules: every code', () => {
  const rows: [string, Parameters<typeof check>[0], BookingRuleCode | 'ok'][] = [
    ['an ordinary booking', { now: '2026-11-27T10:00', slot: '2026-11-28T09:30' }, 'ok'],
    [
      'an unknown matter',
      { now: '2026-11-27T10:00', slot: '2026-11-28T09:30', matterId: 'nope' },
      'unknown_matter',
    ],
    [
      'an unknown hall',
      { now: '2026-11-27T10:00', slot: '2026-11-28T09:30', hallId: 'nope' },
      'unknown_hall',
    ],
    [
      'a matter with no window in the hall',
      { now: '2026-11-27T10:00', slot: '2026-11-28T09:30', hallId: 'zibo-town' },
      'matter_not_in_hall',
    ],
    [
      'a matter not offered on holidays',
      { now: '2026-09-30T10:00', slot: '2026-10-05T09:00', matterId: 'equity-pledge' },
      'matter_not_offered',
    ],
    ['a start off the slot grid', { now: '2026-11-27T10:00', slot: '2026-11-28T09:15' }, 'outside_hours'],
    ['a start at lunch', { now: '2026-11-27T10:00', slot: '2026-11-28T12:00' }, 'outside_hours'],
    [
      'a slot that would end after closing',
      { now: '2026-11-27T10:00', slot: '2026-11-28T17:00' },
      'outside_hours',
    ],
    [
      'a 60-minute matter at :30',
      { now: '2026-11-27T10:00', slot: '2026-11-28T09:30', matterId: 'equity-pledge' },
      'outside_hours',
    ],
    ['a closed hall', { now: '2026-11-27T10:00', slot: '2026-11-28T09:30', intervals: [] }, 'outside_hours'],
    ['a slot that started', { now: '2026-11-28T10:00', slot: '2026-11-28T09:30' }, 'in_past'],
    [
      'a slot in 30 minutes (lead time 60)',
      { now: '2026-11-28T09:00', slot: '2026-11-28T09:30' },
      'lead_time',
    ],
    ['a slot in exactly 60 minutes', { now: '2026-11-28T08:30', slot: '2026-11-28T09:30' }, 'ok'],
    ['the last day of the horizon', { now: '2026-11-01T23:59', slot: '2026-12-01T16:30' }, 'ok'],
    ['a day past the horizon', { now: '2026-11-01T10:00', slot: '2026-12-02T09:00' }, 'beyond_horizon'],
    [
      'an off-grid slot in the past (hours first)',
      { now: '2026-11-28T10:00', slot: '2026-11-28T09:15' },
      'outside_hours',
    ],
    [
      'the desk on a rest day',
      { now: '2026-09-19T10:00', slot: '2026-09-21T09:00', channel: 'desk' },
      'desk_phone_closed',
    ],
  ];

  it.each(rows)('%s -> %s', (_label, row, expected) => {
    const result = check(row);
    expect(result.ok ? 'ok' : result.code).toBe(expected);
    if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
  });

  it('refuses a calendar day that is not the slot day', () => {
    expect(() =>
      checkBookingRules({
        config: ziboConfig,
        day: calendarDay('2026-11-29', 'restday'),
        matterId: 'company-registration',
        hallId: 'zibo-center',
        slotStart: '2026-11-28T09:30:00+08:00',
        now: at('2026-11-27T10:00'),
        nowDayKind: 'workday',
        channel: 'online',
      }),
    ).toThrow(/2026-11-29/);
  });

  it('names the holiday in the detail', () => {
    const result = checkBookingRules({
      config: ziboConfig,
      day: calendarDay('2026-10-05', 'holiday', { holidayName: '国庆节' }),
      matterId: 'company-registration',
      hallId: 'zibo-center',
      slotStart: '2026-10-05T09:30:00+08:00',
      now: at('2026-10-02T10:00'),
      nowDayKind: 'holiday',
      channel: 'online',
    });
    expect(result).toMatchObject({
      ok: false,
      code: 'holiday_booking_window_closed',
      detail: { holiday: '国庆节' },
    });
  });
});

describe('isDeskPhoneOpen', () => {
  const policy = ziboConfig.bookingPolicy;
  it.each([
    ['2026-09-30T08:59', 'workday', false],
    ['2026-09-30T09:00', 'workday', true],
    ['2026-09-30T11:59', 'workday', true],
    ['2026-09-30T12:00', 'workday', false],
    ['2026-09-30T13:00', 'workday', true],
    ['2026-09-20T10:00', 'makeup-workday', true],
    ['2026-11-28T10:00', 'restday', false],
  ] as const)('%s on a %s: %s', (now, kind, open) => {
    expect(isDeskPhoneOpen(policy, at(now), kind)).toBe(open);
  });

  it('answers on rest days when not limited to working days', () => {
    const weekends = { deskPhone: { ...policy.deskPhone, workingDaysOnly: false } };
    expect(isDeskPhoneOpen(weekends, at('2026-11-28T10:00'), 'restday')).toBe(true);
  });
});
