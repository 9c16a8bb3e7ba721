import { buildCalendar } from '../calendar/build-calendar.js';
import type { NationalCalendarContext } from '../calendar/calendar-config.js';
import type { CalendarDay } from '../calendar/calendar-day.js';
import { dayKindOf } from '../calendar/day-kind-of.js';
import type { PlacesQuery } from '../ports/booking-store.js';
import type { RosteredPlaces } from '../rota/people-at.js';
import { memoByObjectKeys } from '../shared/memo-by-object.js';
import { type LocalDate, type LocalTime, minutesOf } from '../shared/primitives.js';
import {
  canonicalShanghaiIso,
  parseShanghaiIso,
  shanghaiDateOf,
  toShanghaiIso,
} from '../shared/shanghai-time.js';
import type { Hall } from '../tenant/hall.js';
import type { Matter } from '../tenant/matter.js';
import type { TenantConfig } from '../tenant/tenant-config.js';
import { InvalidBookingInputError } from './booking-change-errors.js';
import { assertRuleOk } from './booking-errors.js';
import {
  bookingRulesForDay,
  bookingRulesForDayAt,
  checkBeforeCalendar,
  type DayRuleCheck,
  type DaySlotRuleCheck,
} from './booking-rules.js';
import type { BookingChannel } from './booking-schemas.js';
import { bucketTimes } from './bucket-times.js';
import type { RuleResult } from './rule-result.js';
import { matterWindowsInHall, slotTimes } from './slots.js';
import { rosteredWindows, type WindowPlaces, windowPlaces } from './window-places.js';

/** A slot that may be booked now through a channel, with what the write needs. */
export interface SlotPlan {
  matter: Matter;
  hall: Hall;
  date: LocalDate;
  start: string;
  end: string;
  /** Windows of the matter in the hall, in configuration order. */
  windowIds: string[];
  /** The same windows with the places the channel may fill in each bucket (people less the holdback). */
  windows: WindowPlaces[];
  /** `HH:MM` of every 5-minute bucket the slot covers. */
  times: LocalTime[];
}

/** The place counters a slot is decided on: its windows' buckets over the slot. */
export function placesQueryOf(plan: SlotPlan): PlacesQuery {
  return {
    hallId: plan.hall.id,
    date: plan.date,
    windowIds: plan.windowIds,
    ...(plan.times.length > 0 ? { from: plan.times[0], to: plan.times.at(-1) } : {}),
  };
}

export interface SlotQuestion {
  /** The tenant's configuration, with the national schedules its calendar reads. */
  config: TenantConfig & NationalCalendarContext;
  matterId: string;
  hallId: string;
  /** ISO 8601 +08:00 on a whole minute (schema-checked). */
  start: string;
  now: Date;
  channel: BookingChannel;
  /** The rota of the slot's hall-day, when it has one: the windows' places are who is rostered. */
  rostered?: RosteredPlaces;
}

/**
 * The rules of `checkBookingRules` on the calendar day of the slot. What needs no calendar day is
 * refused before one is built (`checkBeforeCalendar`), so a far-off date is `beyond_horizon` rather
 * than a date the calendar tables do not cover.
 */
export function checkSlot(q: SlotQuestion, day?: CalendarDay): RuleResult {
  const { config } = q;
  const { date } = parseShanghaiIso(q.start);
  const early = checkBeforeCalendar(config, { ...q, date });
  if (early) return early;
  return daySlotCheck(q, day ?? calendarDayOf(config, q.hallId, date))(q.start);
}

/** `checkSlot` for every slot of one calendar day, with what does not depend on the slot worked out once. */
export function daySlotCheck(q: Omit<SlotQuestion, 'start'>, day: CalendarDay): DayRuleCheck {
  return bookingRulesForDay(dayRuleInput(q, day));
}

/** `daySlotCheck` asked with a slot's time (`HH:MM`) and instant rather than its ISO start. */
export function daySlotCheckAt(q: Omit<SlotQuestion, 'start'>, day: CalendarDay): DaySlotRuleCheck {
  return bookingRulesForDayAt(dayRuleInput(q, day));
}

function dayRuleInput(q: Omit<SlotQuestion, 'start'>, day: CalendarDay) {
  return {
    config: q.config,
    day,
    matterId: q.matterId,
    hallId: q.hallId,
    now: q.now,
    nowDayKind: hallDayKindOf(q.config, q.hallId, shanghaiDateOf(q.now)),
    channel: q.channel,
  };
}

/** One day of one hall from the calendar engine. */
export function calendarDayOf(
  config: TenantConfig & NationalCalendarContext,
  hallId: string,
  date: LocalDate,
): CalendarDay {
  return hallDayOf(config, hallId, date);
}

// The calendar of a configuration (with the national schedules it was read with) does not change:
// asked again for the same hall and day, answer it.
const hallDayOf = memoByObjectKeys(
  (config: TenantConfig & NationalCalendarContext, hallId: string, date: LocalDate): CalendarDay => {
    const [day] = buildCalendar({ config, from: date, to: date, hallIds: [hallId] });
    if (!day) throw new Error(`the calendar has no day ${date}`);
    return day;
  },
);

const hallDayKindOf = memoByObjectKeys((config: TenantConfig, hallId: string, date: LocalDate) =>
  dayKindOf(config, date, hallId),
);

/**
 * A start inside the hall's hours that is not where a slot begins is malformed input (400, with the
 * nearest slot starts), not a rule: the citizen picked a time no slot list offers.
 */
function offGridError(
  q: SlotQuestion,
  matter: Matter,
  day: CalendarDay,
): InvalidBookingInputError | undefined {
  const intervals = day.halls.find((h) => h.hallId === q.hallId)?.intervals ?? [];
  const t = minutesOf(parseShanghaiIso(q.start).time);
  if (!intervals.some((i) => minutesOf(i.from) <= t && t < minutesOf(i.to))) return undefined;
  const starts = slotTimes(intervals, matter.slotMinutes).map((s) => s.from);
  const before = starts.filter((s) => minutesOf(s) < t).at(-1);
  const after = starts.find((s) => minutesOf(s) > t);
  const nearest = [before, after].filter((s) => s !== undefined).join(' or ');
  return new InvalidBookingInputError([
    {
      path: '/start',
      code: 'not_slot_start',
      message: `not the start of a ${matter.slotMinutes}-minute slot${nearest ? `: try ${nearest}` : ''}`,
    },
  ]);
}

/**
 * Checks a slot for booking and says what the write needs; a refusal throws the named rule error
 * (`BookingRuleError`, 422) or `InvalidBookingInputError` (400) for a start between slots.
 */
export function planSlot(q: SlotQuestion): SlotPlan {
  const matter = q.config.matters.find((m) => m.id === q.matterId);
  const hall = q.config.halls.find((h) => h.id === q.hallId);
  const result = checkSlot(q);
  if (!result.ok && result.code === 'outside_hours' && matter) {
    const offGrid = offGridError(
      q,
      matter,
      calendarDayOf(q.config, q.hallId, parseShanghaiIso(q.start).date),
    );
    if (offGrid) throw offGrid;
  }
  assertRuleOk(result);
  // checkSlot found both, or it would have failed.
  const windows = matterWindowsInHall(matter!, q.config.windows, q.hallId);
  const start = canonicalShanghaiIso(q.start);
  const end = toShanghaiIso(new Date(Date.parse(start) + matter!.slotMinutes * 60_000));
  return {
    matter: matter!,
    hall: hall!,
    date: parseShanghaiIso(start).date,
    start,
    end,
    windowIds: windows.map((w) => w.id),
    windows: windowPlaces(
      q.rostered
        ? rosteredWindows(
            windows,
            q.rostered,
            minutesOf(parseShanghaiIso(start).time),
            minutesOf(parseShanghaiIso(end).time) || 24 * 60,
          )
        : windows,
      q.config.bookingPolicy.deskPhoneHoldbackPercent,
      q.channel,
    ),
    times: bucketTimes(start, end),
  };
}
