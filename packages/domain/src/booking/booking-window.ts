import type { CalendarDay } from '../calendar/calendar-day.js';
import { dateOfEpochDay, epochDayOf } from '../calendar/date-math.js';
import type { LocalDate } from '../shared/primitives.js';
import { shanghaiDateOf } from '../shared/shanghai-time.js';
import type { BookingPolicy } from '../tenant/booking-policy.js';
import { type DayKind, isWorkingDay, policyKindOf } from '../tenant/day-kind.js';
import type { Matter } from '../tenant/matter.js';
import type { BookingChannel } from './booking-schemas.js';
import { fail, type RuleFailure } from './rule-result.js';

/*
 * When a slot may be booked: which days (the horizon, the kinds of day a matter is offered on, the
 * holiday window) and how soon (not started, not inside the lead time). Each rule is written here
 * once; `checkBookingRules` puts them in order, and the slot lists and pages ask the same ones.
 */

/** The dates that may be booked now: today (Asia/Shanghai) to the last day of the horizon. */
export function bookingDateRange(
  policy: Pick<BookingPolicy, 'horizonDays'>,
  now: Date,
): { from: LocalDate; to: LocalDate } {
  const { from, to } = dateRangeOf(policy.horizonDays, now);
  return { from, to };
}

interface DateRange {
  at: number;
  horizonDays: number;
  from: LocalDate;
  to: LocalDate;
  fromDay: number;
  toDay: number;
}

// A request asks the range of its one `now` once per day it lists: the last answer is kept.
let lastRange: DateRange | undefined;

function dateRangeOf(horizonDays: number, now: Date): DateRange {
  const at = now.getTime();
  if (lastRange?.at === at && lastRange.horizonDays === horizonDays) return lastRange;
  const from = shanghaiDateOf(now);
  const fromDay = epochDayOf(from);
  const toDay = fromDay + horizonDays;
  lastRange = { at, horizonDays, from, to: dateOfEpochDay(toDay), fromDay, toDay };
  return lastRange;
}

/**
 * `beyond_horizon` or `in_past` for a date outside `bookingDateRange`; undefined inside. It needs no
 * calendar day, so it is asked before one is built: a far-off date is `beyond_horizon` rather than a
 * date the calendar tables do not cover.
 */
export function dateOutsideWindow(
  policy: Pick<BookingPolicy, 'horizonDays'>,
  date: LocalDate,
  now: Date,
): RuleFailure | undefined {
  const { fromDay, toDay } = dateRangeOf(policy.horizonDays, now);
  const day = epochDayOf(date);
  if (day > toDay) {
    return fail('beyond_horizon', `bookings open ${policy.horizonDays} days ahead`, {
      horizonDays: policy.horizonDays,
    });
  }
  // A date before today has started as a whole.
  return day < fromDay ? started() : undefined;
}

const started = () => fail('in_past', 'the slot has already started');

/** `in_past` once a slot starting at `start` (epoch milliseconds) has begun. */
export function slotStarted(start: number, now: Date): RuleFailure | undefined {
  return start < now.getTime() ? started() : undefined;
}

/** `lead_time` for a slot starting at `start` (epoch milliseconds) sooner than the lead time allows. */
export function tooSoon(
  policy: Pick<BookingPolicy, 'leadTimeMinutes'>,
  start: number,
  now: Date,
): RuleFailure | undefined {
  return start - now.getTime() < policy.leadTimeMinutes * 60_000
    ? fail('lead_time', `book at least ${policy.leadTimeMinutes} minutes ahead`, {
        leadTimeMinutes: policy.leadTimeMinutes,
      })
    : undefined;
}

/** `matter_not_offered` when the matter is not offered on that kind of day. */
export function matterNotOfferedOn(
  matter: Pick<Matter, 'id' | 'availability'>,
  day: Pick<CalendarDay, 'kind'>,
): RuleFailure | undefined {
  const kind = policyKindOf(day.kind);
  return matter.availability[kind] === 'not-offered'
    ? fail('matter_not_offered', `matter "${matter.id}" is not offered on a ${kind}`, { dayKind: day.kind })
    : undefined;
}

/**
 * 节假日预约 (Zibo): a statutory-holiday slot is requested on a working day before the holiday.
 * A working day before the slot's date is necessarily before the whole holiday block, since no
 * working day lies inside one.
 */
export function holidayWindowClosed(
  policy: Pick<BookingPolicy, 'holidayBooking'>,
  day: Pick<CalendarDay, 'date' | 'kind' | 'holidayName'>,
  today: LocalDate,
  todayKind: DayKind,
): RuleFailure | undefined {
  return policy.holidayBooking === 'on-prior-working-day' &&
    day.kind === 'holiday' &&
    !(isWorkingDay(todayKind) && today < day.date)
    ? fail('holiday_booking_window_closed', 'holiday slots are booked on a working day before the holiday', {
        holiday: day.holidayName,
      })
    : undefined;
}

/**
 * `provisional_day` for an online booking on a day whose year's State Council schedule is not
 * published yet, unless the tenant's policy lets citizens book such days online.
 */
export function provisionalDayClosed(
  policy: Pick<BookingPolicy, 'provisionalDaysBookableOnline'>,
  day: Pick<CalendarDay, 'date' | 'provisional'>,
  channel: BookingChannel,
): RuleFailure | undefined {
  return channel === 'online' && day.provisional && !policy.provisionalDaysBookableOnline
    ? fail('provisional_day', `${day.date} is provisional until the State Council publishes its schedule`, {
        provisional: true,
      })
    : undefined;
}
