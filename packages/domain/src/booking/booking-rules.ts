import type { CalendarDay, OpenInterval } from '../calendar/calendar-day.js';
import { type LocalDate, minutesOf } from '../shared/primitives.js';
import { parseShanghaiIso, shanghaiDateOf, shanghaiIsoAt, shanghaiTimeOf } from '../shared/shanghai-time.js';
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
import { daySlotGrid } from './day-slot-grid.js';
import { fail, RULE_OK, type RuleFailure, type RuleResult } from './rule-result.js';
import { matterWindowsInHallOf } from './slots.js';

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
  matterWindowsInHallOf(c.matter, c.config.windows, c.hallId).length === 0
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

/** `DayRuleCheck` for a slot given as its Shanghai time (`HH:MM`) and instant (epoch milliseconds). */
export type DaySlotRuleCheck = (time: string, instant: number) => RuleResult;

/**
 * `BOOKING_RULES` in order as steps: a run of rules that do not depend on the slot is one step,
 * answered once per day (its first failure, or none) on the first slot that reaches it; a rule that
 * depends on the slot is asked for each slot.
 */
type DayStep = { readonly slot: BookingRule } | { readonly day: readonly BookingRule[] };

const DAY_STEPS: readonly DayStep[] = BOOKING_RULES.reduce<
  ({ slot: BookingRule } | { day: BookingRule[] })[]
>((steps, rule) => {
  const last = steps.at(-1);
  if (SLOT_RULES.has(rule)) steps.push({ slot: rule });
  else if (last && 'day' in last) last.day.push(rule);
  else steps.push({ day: [rule] });
  return steps;
}, []);

/**
 * The context of every slot of one day, its slot's time set before each slot is asked. Every day's
 * context has the same shape, so the rules read its fields at one place each: an object literal
 * with a getter closing over the day gets a hidden class of its own every day (the getter is part
 * of it), and the rules' reads, asked of every slot, go the slow way after a few days.
 */
class DayRuleContext implements BookingRuleContext {
  readonly config: BookingRuleInput['config'];
  readonly day: CalendarDay;
  readonly matterId: string;
  readonly hallId: string;
  readonly now: Date;
  readonly nowDayKind: DayKind;
  readonly channel: BookingChannel;
  readonly matter: Matter;
  readonly hall: Hall;
  readonly policy: BookingPolicy;
  readonly slot: { date: LocalDate; time: string; instant: number };
  readonly today: LocalDate;
  readonly hallDay: BookingRuleContext['hallDay'];

  constructor(
    input: Omit<BookingRuleInput, 'slotStart'>,
    matter: Matter,
    hall: Hall,
    hallDay: BookingRuleContext['hallDay'],
  ) {
    this.config = input.config;
    this.day = input.day;
    this.matterId = input.matterId;
    this.hallId = input.hallId;
    this.now = input.now;
    this.nowDayKind = input.nowDayKind;
    this.channel = input.channel;
    this.matter = matter;
    this.hall = hall;
    this.policy = input.config.bookingPolicy;
    this.slot = { date: input.day.date, time: '', instant: 0 };
    this.today = shanghaiDateOf(input.now);
    this.hallDay = hallDay;
  }

  /** Written only if a rule reads it. */
  get slotStart(): string {
    return shanghaiIsoAt(this.slot.date, this.slot.time);
  }
}

/** What `checkBeforeCalendar` asks of a day's input. */
function dayQuestion(input: Omit<BookingRuleInput, 'slotStart'>) {
  return { matterId: input.matterId, hallId: input.hallId, date: input.day.date, now: input.now };
}

/** A day step not reached by any slot yet. */
const UNANSWERED = Symbol('unanswered');

/**
 * `BOOKING_RULES` for every slot of one day, the slot given as its time and instant: what does not
 * depend on the slot (the matter, the day, who asks and when) is worked out once per day, so a
 * slot costs only its own three rules (hours, started, lead time). The first failure in
 * `BOOKING_RULES` order still wins, exactly as asking every rule for every slot.
 */
export function bookingRulesForDayAt(input: Omit<BookingRuleInput, 'slotStart'>): DaySlotRuleCheck {
  const early = checkBeforeCalendar(input.config, dayQuestion(input));
  if (early) return () => early;
  // checkBeforeCalendar found both.
  const matter = input.config.matters.find((m) => m.id === input.matterId)!;
  const hall = input.config.halls.find((h) => h.id === input.hallId)!;
  const { intervals, starts } = daySlotGrid(input.day, input.hallId, matter.slotMinutes);
  // One context for the day; each slot sets its own time (the rules read it and keep nothing).
  const context = new DayRuleContext(input, matter, hall, { intervals, slotStarts: starts });
  const { slot } = context;
  const answers: (RuleFailure | undefined | typeof UNANSWERED)[] = DAY_STEPS.map(() => UNANSWERED);
  return (time, instant) => {
    slot.time = time;
    slot.instant = instant;
    for (let i = 0; i < DAY_STEPS.length; i++) {
      const step = DAY_STEPS[i]!;
      let failure: RuleFailure | undefined;
      if ('slot' in step) failure = step.slot(context);
      else {
        let answer = answers[i];
        if (answer === UNANSWERED) {
          answer = undefined;
          for (const rule of step.day) {
            answer = rule(context);
            if (answer) break;
          }
          answers[i] = answer;
        }
        failure = answer;
      }
      if (failure) return failure;
    }
    return RULE_OK;
  };
}

/** `bookingRulesForDayAt` asked with the slot's start (ISO 8601 +08:00 on the day's date). */
export function bookingRulesForDay(input: Omit<BookingRuleInput, 'slotStart'>): DayRuleCheck {
  const early = checkBeforeCalendar(input.config, dayQuestion(input));
  if (early) return () => early;
  const at = bookingRulesForDayAt(input);
  return (slotStart) => {
    const { date, time } = parseShanghaiIso(slotStart);
    if (date !== input.day.date) {
      throw new Error(`calendar day ${input.day.date} passed for a slot on ${date}`);
    }
    return at(time, Date.parse(slotStart));
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
