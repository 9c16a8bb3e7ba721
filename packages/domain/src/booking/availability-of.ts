import { z } from 'zod';
import type { NationalCalendarContext } from '../calendar/calendar-config.js';
import { epochDayOf } from '../calendar/date-math.js';
import { supportedYears } from '../calendar/lunar-calendar.js';
import { nationalDayOf } from '../calendar/national-day-of.js';
import type { RosteredPlaces } from '../rota/people-at.js';
import type { LocalDate } from '../shared/primitives.js';
import { DayKindSchema, policyKindOf } from '../tenant/day-kind.js';
import type { Matter } from '../tenant/matter.js';
import { ServiceModeSchema } from '../tenant/opening-policy.js';
import type { TenantConfig } from '../tenant/tenant-config.js';
import type { DaySlotRuleCheck } from './booking-rules.js';
import { AvailabilitySchema, type BookingChannel, SlotSchema } from './booking-schemas.js';
import { dateOutsideWindow } from './booking-window.js';
import { type DaySlotGrid, daySlotGrid } from './day-slot-grid.js';
import type { RuleFailure } from './rule-result.js';
import { calendarDayOf, daySlotCheckAt } from './slot-plan.js';
import { slotsOfDay } from './slots.js';
import type { PlacesTaken } from './window-places.js';

export const AvailableSlotSchema = SlotSchema.extend({
  /** Places the asking channel may fill in all (taken ones included). */
  capacity: z.number().int().min(0),
  /** How the hall serves at that time: `appointment-only` on days such as 除夕 in Zaozhuang. */
  mode: ServiceModeSchema,
}).meta({ id: 'AvailableSlot' });
export type AvailableSlot = z.infer<typeof AvailableSlotSchema>;

export const AvailabilityViewSchema = AvailabilitySchema.extend({
  slots: z.array(AvailableSlotSchema),
  dayKind: DayKindSchema.optional(),
  holidayName: z.string().optional(),
  /**
   * The day's year has no published State Council schedule yet: the day may still become a holiday
   * or a make-up working day (临时安排，以国务院公布为准).
   */
  provisional: z.boolean(),
  /** The matter is served only with a booking on this kind of day. */
  appointmentRequired: z.boolean(),
  /** The hall serves only people with a booking for part or all of the day (e.g. 除夕 to 正月初二). */
  appointmentOnly: z.boolean(),
  /** Why no slot is offered, with the same code a booking would be refused with. */
  unavailable: z.object({ code: z.string(), message: z.string() }).optional(),
}).meta({ id: 'AvailabilityView' });
export type AvailabilityView = z.infer<typeof AvailabilityViewSchema>;

export interface AvailabilityInput {
  /** The tenant's configuration, with the national schedules its calendar reads. */
  config: TenantConfig & NationalCalendarContext;
  matter: Matter;
  hallId: string;
  date: LocalDate;
  now: Date;
  channel: BookingChannel;
  /** Places taken per window and 5-minute bucket of the hall-day, all channels and matters together. */
  taken: PlacesTaken;
  /** The rota of the hall-day, when it has one: the windows' places are who is rostered. */
  rostered?: RosteredPlaces;
}

/**
 * The slots a channel may book now for one matter, hall and day: the calendar engine's hours,
 * `generateSlots`' places (each window's room over the slot, added up) and lead time, and every booking rule per slot (the holiday window,
 * the horizon, desk hours), so what is listed is exactly what a booking would accept.
 */
export function availabilityOf(input: AvailabilityInput): AvailabilityView {
  const { config, matter, hallId, date, now, channel } = input;
  // Dates outside today..horizon are answered without building their calendar day.
  const outside = dateOutsideWindow(config.bookingPolicy, date, now);
  if (outside) {
    return {
      date,
      matterId: matter.id,
      hallId,
      slots: [],
      provisional: isProvisional(config, date),
      appointmentRequired: false,
      appointmentOnly: false,
      unavailable: reason(outside),
    };
  }
  const day = calendarDayOf(config, hallId, date);
  const grid = daySlotGrid(day, hallId, matter.slotMinutes);
  const { intervals } = grid;
  // The rules that do not depend on the slot are answered once for the day; each slot asks only its own.
  const check = daySlotCheckAt({ config, matterId: matter.id, hallId, now, channel }, day);
  const slots = slotsOfDay(
    {
      day,
      hallId,
      matter,
      windows: config.windows,
      now,
      policy: config.bookingPolicy,
      channel,
      taken: input.taken,
      rostered: input.rostered,
    },
    (from, instant) => check(from, instant).ok,
    (slot, capacity, remaining): AvailableSlot => ({
      start: slot.start,
      end: slot.end,
      capacity,
      remaining,
      mode: slot.mode,
    }),
  );
  // Written out in full rather than spread together: spreading an object into the middle of another
  // is a slow path, and this is every day of every slot list. The keys keep the order they are read in.
  const appointmentRequired = matter.availability[policyKindOf(day.kind)] === 'appointment-required';
  const appointmentOnly = intervals.some((i) => i.mode === 'appointment-only');
  const view: AvailabilityView = day.holidayName
    ? {
        date,
        matterId: matter.id,
        hallId,
        dayKind: day.kind,
        holidayName: day.holidayName,
        provisional: day.provisional,
        appointmentRequired,
        appointmentOnly,
        slots,
      }
    : {
        date,
        matterId: matter.id,
        hallId,
        dayKind: day.kind,
        provisional: day.provisional,
        appointmentRequired,
        appointmentOnly,
        slots,
      };
  if (slots.length > 0) return view;
  const why = whyNoSlot(grid, check);
  if (why) view.unavailable = reason(why);
  return view;
}

/** Whether a date the calendar was not built for is provisional; false outside the years it covers. */
function isProvisional(config: NationalCalendarContext, date: LocalDate): boolean {
  const year = Number(date.slice(0, 4));
  const { first, last } = supportedYears();
  return year >= first && year <= last && nationalDayOf(config, epochDayOf(date), date).provisional;
}

/**
 * Why a day offers nothing: the refusal of its last slot (time-bound rules refuse the last slot
 * last), or of the day itself when no slot fits its hours.
 */
function whyNoSlot(grid: DaySlotGrid, check: DaySlotRuleCheck): RuleFailure | undefined {
  const last = grid.slots.at(-1);
  const result = last ? check(last.from, last.instant) : check('00:00', grid.midnight);
  return result.ok ? undefined : result;
}

function reason(failure: RuleFailure) {
  return { code: failure.code, message: failure.message };
}
