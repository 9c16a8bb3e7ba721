import type { CalendarDay, OpenInterval } from '../calendar/calendar-day.js';
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
  provisionalDayClosed,
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
  /** The hall's intervals that day and where the matter's slots start in them, worked out once a day. */
  hallDay: { intervals: OpenInterval[]; slotStarts: ReadonlySet<string> };
}

export type BookingRule = (c: BookingRuleContext) => RuleFailure | undefined;

const matterNotInHall: BookingRule = (c) =>
  matterWindowsInHall(c.matter, c.config.windows, c.hallId).length === 0
    ? fail('matter_not_in_hall', `matter "${c.matterId}" has no window in hall "${c.hallId}"`)
    : undefined;

const matterNotOffered: BookingRule = (c) => matterNotOfferedOn(c.matter, c.day);

const outsideHours: BookingRule = (c) => {
  const { intervals, slotStarts } = c.hallDay;
  if (intervals.length === 0) return fail('outside_hours', `hall "${c.hallId}" is closed on ${c.day.date}`);
  return slotStarts.has(c.slot.time)
    ? undefined
    : fail(
        'outside_hours',
        `${c.slot.time} is not the start of a ${c.matter.slotMinutes}-minute slot on ${c.day.date}`,
        { intervals },
      );
};

const provisionalDay: BookingRule = (c) => provisionalDayClosed(c.policy, c.day, c.channel);

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
  provisionalDay,
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

/** The rules that depend on the slot itself; every other rule depends only on the day and on who asks when. */
const SLOT_RULES: ReadonlySet<BookingRule> = new Set([outsideHours, inPast, leadTime]);

/** Whether a slot of the day may be booked now through a channel. */
export type DayRuleCheck = (slotStart: string) => RuleResult;

/**
 * `BOOKING_RULES` for every slot of one day: what does not depend on the slot (the matter, the
 * day, who asks and when) is worked out once, on the first slot that needs it, so listing a day's
 * slots costs little more than listing them. The first failure in `BOOKING_RULES` order still wins.
 */
export function bookingRulesForDay(input: Omit<BookingRuleInput, 'slotStart'>): DayRuleCheck {
  const early = checkBeforeCalendar(input.config, { ...input, date: input.day.date });
  if (early) return () => early;
  // checkBeforeCalendar found both.
  const matter = input.config.matters.find((m) => m.id === input.matterId)!;
  const hall = input.config.halls.find((h) => h.id === input.hallId)!;
  const intervals = input.day.halls.find((h) => h.hallId === input.hallId)?.intervals ?? [];
  const base = {
    ...input,
    matter,
    hall,
    policy: input.config.bookingPolicy,
    today: shanghaiDateOf(input.now),
    hallDay: { intervals, slotStarts: new Set(slotTimes(intervals, matter.slotMinutes).map((t) => t.from)) },
  };
  const dayFailures = new Map<BookingRule, RuleFailure | undefined>();
  // One context for the day; each slot sets its own start (the rules read it and keep nothing).
  const context: BookingRuleContext = {
    ...base,
    slotStart: '',
    slot: { date: input.day.date, time: '', instant: 0 },
  };
  return (slotStart) => {
    const { date, time } = parseShanghaiIso(slotStart);
    if (date !== input.day.date) {
      throw new Error(`calendar day ${input.day.date} passed for a slot on ${date}`);
    }
    context.slotStart = slotStart;
    context.slot = { date, time, instant: Date.parse(slotStart) };
    for (const rule of BOOKING_RULES) {
      let failure: RuleFailure | undefined;
      if (SLOT_RULES.has(rule)) failure = rule(context);
      else if (dayFailures.has(rule)) failure = dayFailures.get(rule);
      else {
        failure = rule(context);
        dayFailures.set(rule, failure);
      }
      if (failure) return failure;
    }
    return RULE_OK;
  };
}

/**
 * Whether a slot may be booked now through a channel. Order: `checkBeforeCalendar`, then
 * `BOOKING_RULES`. Capacity and per-person limits are checked by the caller against stored
 * counts (`slot_full`, `per_person_limit`).
 */
export function checkBookingRules(input: BookingRuleInput): RuleResult {
  const { date } = parseShanghaiIso(input.slotStart);
  const early = checkBeforeCalendar(input.config, { ...input, date });
  if (early) return early;
  return bookingRulesForDay(input)(input.slotStart);
}
