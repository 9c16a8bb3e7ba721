import type { CalendarDay } from '../calendar/calendar-day.js';
import { type LocalDate, minutesOf } from '../shared/primitives.js';
import { parseShanghaiIso, shanghaiDateOf, shanghaiTimeOf } from '../shared/shanghai-time.js';
import type { BookingPolicy } from '../tenant/booking-policy.js';
import { type DayKind, isWorkingDay } from '../tenant/day-kind.js';
import type { Hall } from '../tenant/hall.js';
import type { Matter } from '../tenant/matter.js';
import type { TenantConfig } from '../tenant/tenant-config.js';
import type { BookingChannel } from './booking-schemas.js';
import {
  dateOutsideWindow,
  holidayWindowClosed,
  matterNotOfferedOn,
  slotStarted,
  tooSoon,
} from './booking-window.js';
import { fail, RULE_OK, type RuleFailure, type RuleResult } from './rule-result.js';
import { matterWindowsInHall, slotTimes } from './slots.js';

export interface BookingRuleInput {
  config: Pick<TenantConfig, 'halls' | 'matters' | 'windows' | 'bookingPolicy'>;
  /** The calendar day of the slot (its date must be the slot's date). */
  day: CalendarDay;
  matterId: string;
  hallId: string;
  /** ISO 8601 with +08:00, already validated by the API schema. */
  slotStart: string;
  now: Date;
  /** Kind of `now`'s Asia/Shanghai date, from the same tenant calendar. */
  nowDayKind: DayKind;
  channel: BookingChannel;
}

/** The input with matter and hall looked up, and the slot and `now` split into Shanghai date and time. */
export interface BookingRuleContext extends BookingRuleInput {
  matter: Matter;
  hall: Hall;
  policy: BookingPolicy;
  slot: { date: LocalDate; time: string; instant: number };
  today: LocalDate;
}

export type BookingRule = (c: BookingRuleContext) => RuleFailure | undefined;

const matterNotInHall: BookingRule = (c) =>
  matterWindowsInHall(c.matter, c.config.windows, c.hallId).length === 0
    ? fail('matter_not_in_hall', `matter "${c.matterId}" has no window in hall "${c.hallId}"`)
    : undefined;

const matterNotOffered: BookingRule = (c) => matterNotOfferedOn(c.matter, c.day);

const outsideHours: BookingRule = (c) => {
  const intervals = c.day.halls.find((h) => h.hallId === c.hallId)?.intervals ?? [];
  if (intervals.length === 0) return fail('outside_hours', `hall "${c.hallId}" is closed on ${c.day.date}`);
  return slotTimes(intervals, c.matter.slotMinutes).some((t) => t.from === c.slot.time)
    ? undefined
    : fail(
        'outside_hours',
        `${c.slot.time} is not the start of a ${c.matter.slotMinutes}-minute slot on ${c.day.date}`,
        { intervals },
      );
};

const inPast: BookingRule = (c) => slotStarted(c.slot.instant, c.now);

const leadTime: BookingRule = (c) => tooSoon(c.policy, c.slot.instant, c.now);

/** True while the consultation desk and booking phone answer (Zibo: working days 9:00-12:00, 13:00-17:00). */
export function isDeskPhoneOpen(
  policy: Pick<BookingPolicy, 'deskPhone'>,
  now: Date,
  nowDayKind: DayKind,
): boolean {
  if (policy.deskPhone.workingDaysOnly && !isWorkingDay(nowDayKind)) return false;
  const t = minutesOf(shanghaiTimeOf(now));
  return policy.deskPhone.sessions.some((s) => minutesOf(s.from) <= t && t < minutesOf(s.to));
}

const deskPhoneClosed: BookingRule = (c) =>
  c.channel !== 'online' && !isDeskPhoneOpen(c.policy, c.now, c.nowDayKind)
    ? fail('desk_phone_closed', 'the desk and booking phone take bookings only in their published hours', {
        workingDaysOnly: c.policy.deskPhone.workingDaysOnly,
        sessions: c.policy.deskPhone.sessions,
      })
    : undefined;

const holidayBookingWindowClosed: BookingRule = (c) =>
  holidayWindowClosed(c.policy, c.day, c.today, c.nowDayKind);

/**
 * The rules on the calendar day, in the order they are checked; the first failure wins. What the
 * slot is (where, which day) comes before when it is asked (too late, too early), and who asks
 * (desk hours, the holiday window) comes last.
 */
export const BOOKING_RULES: readonly BookingRule[] = [
  matterNotInHall,
  matterNotOffered,
  outsideHours,
  inPast,
  leadTime,
  deskPhoneClosed,
  holidayBookingWindowClosed,
];

/**
 * What is refused before any calendar day is needed: `unknown_matter`, `matter_retired`, `unknown_hall`, then a date
 * outside today..horizon (`dateOutsideWindow`).
 */
export function checkBeforeCalendar(
  config: Pick<TenantConfig, 'halls' | 'matters' | 'bookingPolicy'>,
  q: { matterId: string; hallId: string; date: LocalDate; now: Date },
): RuleFailure | undefined {
  const matter = config.matters.find((m) => m.id === q.matterId);
  if (!matter) return fail('unknown_matter', `no matter "${q.matterId}"`);
  // Kept only for the bookings made before it was withdrawn: it takes no new or moved booking.
  if (matter.retired) return fail('matter_retired', `matter "${q.matterId}" is no longer offered`);
  if (!config.halls.some((h) => h.id === q.hallId)) return fail('unknown_hall', `no hall "${q.hallId}"`);
  return dateOutsideWindow(config.bookingPolicy, q.date, q.now);
}

/**
 * Whether a slot may be booked now through a channel. Order: `checkBeforeCalendar`, then
 * `BOOKING_RULES`. Capacity and per-person limits are checked by the caller against stored
 * counts (`slot_full`, `per_person_limit`).
 */
export function checkBookingRules(input: BookingRuleInput): RuleResult {
  const { date, time } = parseShanghaiIso(input.slotStart);
  const early = checkBeforeCalendar(input.config, { ...input, date });
  if (early) return early;
  if (date !== input.day.date) {
    throw new Error(`calendar day ${input.day.date} passed for a slot on ${date}`);
  }
  // checkBeforeCalendar found both.
  const matter = input.config.matters.find((m) => m.id === input.matterId)!;
  const hall = input.config.halls.find((h) => h.id === input.hallId)!;
  const context: BookingRuleContext = {
    ...input,
    matter,
    hall,
    policy: input.config.bookingPolicy,
    slot: { date, time, instant: Date.parse(input.slotStart) },
    today: shanghaiDateOf(input.now),
  };
  for (const rule of BOOKING_RULES) {
    const failure = rule(context);
    if (failure) return failure;
  }
  return RULE_OK;
}
