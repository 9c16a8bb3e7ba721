import {
  bookingDateRange,
  buildCalendar,
  type CalendarDay,
  type DayKind,
  generateSlots,
  type Hall,
  type HallDay,
  holidayWindowClosed,
  type LocalDate,
  type Matter,
  type MatterAvailability,
  matterNotOfferedOn,
  matterWindowsInHall,
  type NationalCalendarContext,
  overrideReasonOf,
  policyKindOf,
  provisionalDayClosed,
  type RosteredPlaces,
  type TenantConfig,
} from '@openhall/domain';
import type { ClosedReason } from '../i18n/page-error-code.js';

/** One date a matter might be booked in a hall, and if not, why. */
export interface BookingDay {
  day: CalendarDay;
  hallDay: HallDay | undefined;
  /** How the matter is offered on this kind of day. */
  availability: MatterAvailability;
  /** Set when no slot of this day can be booked now. */
  closed?: ClosedReason;
  /** The admin's reason when a calendar override closed the hall that day. */
  closedNote?: string;
}

/** Halls with at least one window serving the matter, in the tenant's order. */
export function hallsForMatter(config: Pick<TenantConfig, 'halls' | 'windows'>, matter: Matter): Hall[] {
  return config.halls.filter((h) => matterWindowsInHall(matter, config.windows, h.id).length > 0);
}

/**
 * Why no slot of `day` can be booked at a moment whose own kind of day is `todayKind`, or
 * undefined when it may be. The same order and the same rules as a booking: the hall, the matter,
 * a provisional day (unless the policy lets citizens book those online), then 节假日预约 (a
 * holiday slot is booked on a working day before the holiday).
 */
export function closedReason(input: {
  day: CalendarDay;
  hallId: string;
  matter: Matter;
  policy: TenantConfig['bookingPolicy'];
  today: LocalDate;
  todayKind: DayKind;
}): ClosedReason | undefined {
  const { day, matter, policy } = input;
  const hallDay = day.halls.find((h) => h.hallId === input.hallId);
  if (!hallDay || hallDay.intervals.length === 0) return 'hall_closed';
  if (matterNotOfferedOn(matter, day)) return 'matter_not_offered';
  if (provisionalDayClosed(policy, day, 'online')) return 'provisional_day';
  if (holidayWindowClosed(policy, day, input.today, input.todayKind)) return 'holiday_booking_window_closed';
  return undefined;
}

/**
 * Today and every day up to the booking horizon, for one matter in one hall. A day whose slots give
 * no place at all (nobody serves the matter's windows) is `no_slot_left`: the places are the same
 * `generateSlots` availability answers with, from the day's rota when it has one (`rotas`, by
 * date), else the windows' `staffCount`.
 */
export function bookingDays(input: {
  config: TenantConfig & NationalCalendarContext;
  matter: Matter;
  hallId: string;
  now: Date;
  /** The rota of each day in the range that has one, as places (capacity follows the rota). */
  rotas?: ReadonlyMap<LocalDate, RosteredPlaces>;
}): BookingDay[] {
  const { config, matter, hallId } = input;
  const range = bookingDateRange(config.bookingPolicy, input.now);
  const today = range.from;
  const days = buildCalendar({ config, ...range, hallIds: [hallId] });
  const todayKind = days[0]!.kind;
  return days.map((day) => {
    const hallDay = day.halls.find((h) => h.hallId === hallId);
    const rostered = input.rotas?.get(day.date);
    const closed =
      closedReason({ day, hallId, matter, policy: config.bookingPolicy, today, todayKind }) ??
      // The slots a booking may take (lead time and all), before anyone's places: none left, none offered.
      (generateSlots({
        day,
        hallId,
        matter,
        windows: config.windows,
        now: input.now,
        policy: config.bookingPolicy,
        // Whether anyone serves then: a day whose places the holdback keeps for the desk and
        // phone stays listed, and its page says so.
        channel: 'desk',
        ...(rostered ? { rostered } : {}),
      }).every((slot) => slot.capacity === 0)
        ? 'no_slot_left'
        : undefined);
    const closedNote =
      closed === 'hall_closed' && hallDay?.overridden
        ? overrideReasonOf(config.calendarOverrides, hallId, day.date)
        : undefined;
    return {
      day,
      hallDay,
      availability: matter.availability[policyKindOf(day.kind)],
      ...(closed ? { closed } : {}),
      ...(closedNote ? { closedNote } : {}),
    };
  });
}
