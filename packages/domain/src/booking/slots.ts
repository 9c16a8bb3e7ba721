import type { CalendarDay, OpenInterval } from '../calendar/calendar-day.js';
import type { RosteredPlaces } from '../rota/people-at.js';
import { type LocalTime, minutesOf, timeOf } from '../shared/primitives.js';
import { shanghaiIsoAt } from '../shared/shanghai-time.js';
import type { BookingPolicy } from '../tenant/booking-policy.js';
import type { Matter } from '../tenant/matter.js';
import type { ServiceWindow } from '../tenant/service-window.js';
import type { BookingChannel } from './booking-schemas.js';
import { dateOutsideWindow, matterNotOfferedOn, tooSoon } from './booking-window.js';
import { dayRoomOf, type PlacesTaken, rosteredWindows, windowPlaces } from './window-places.js';

/**
 * A slot as generated: `capacity` is what the asking channel may fill at all the matter's windows
 * together, `remaining` what is left of it.
 */
export interface GeneratedSlot {
  start: string;
  end: string;
  capacity: number;
  remaining: number;
}

export interface GenerateSlotsInput {
  day: CalendarDay;
  hallId: string;
  matter: Pick<Matter, 'id' | 'windowIds' | 'slotMinutes' | 'availability'>;
  /** The tenant's windows (any hall), in configuration order; those serving the matter in `hallId` give the capacity. */
  windows: readonly (Pick<ServiceWindow, 'id' | 'hallId' | 'staffCount'> &
    Partial<Pick<ServiceWindow, 'retired'>>)[];
  now: Date;
  policy: Pick<BookingPolicy, 'leadTimeMinutes' | 'horizonDays' | 'deskPhoneHoldbackPercent'>;
  channel: BookingChannel;
  /** Places taken per window and 5-minute bucket on that hall-day, all channels and matters together. */
  taken?: PlacesTaken;
  /** The day's rota, when it has one: each window's places are the people rostered there then. */
  rostered?: RosteredPlaces;
}

/** Windows serving the matter in that hall; a retired window takes no new booking. */
export function matterWindowsInHall<
  W extends Pick<ServiceWindow, 'id' | 'hallId'> & Partial<Pick<ServiceWindow, 'retired'>>,
>(matter: Pick<Matter, 'windowIds'>, windows: readonly W[], hallId: string): W[] {
  const ids = new Set(matter.windowIds);
  return windows.filter((w) => w.hallId === hallId && ids.has(w.id) && !w.retired);
}

/** Start and end (`HH:MM`) of every slot that fits wholly inside one interval, in order. */
export function slotTimes(
  intervals: readonly Pick<OpenInterval, 'from' | 'to'>[],
  slotMinutes: number,
): { from: LocalTime; to: LocalTime }[] {
  const times: { from: LocalTime; to: LocalTime }[] = [];
  for (const interval of intervals) {
    const end = minutesOf(interval.to);
    for (let t = minutesOf(interval.from); t + slotMinutes <= end; t += slotMinutes) {
      times.push({ from: timeOf(t), to: timeOf(t + slotMinutes) });
    }
  }
  return times;
}

/**
 * Bookable slots of a matter in a hall on one day: slots of `matter.slotMinutes` inside every
 * interval the hall serves (walk-in and appointment-only alike), with capacity for the channel.
 * Empty when the matter is not offered that kind of day, the hall is closed, no window of the
 * matter is in the hall, or the day is outside today..horizon; slots starting sooner than the lead
 * time are left out. Whether `now` may book a holiday slot, or the desk is answering, depends on
 * when one asks, not on the slot: `checkBookingRules` says so. `keep`, when given, is asked for each
 * slot (its start as `HH:MM` and as an instant) before its places are counted, and leaves out the
 * slots it refuses.
 */
export function generateSlots(
  input: GenerateSlotsInput,
  keep?: (from: LocalTime, instant: number) => boolean,
): GeneratedSlot[] {
  const { day, hallId, matter, now, policy, channel } = input;
  if (matterNotOfferedOn(matter, day) || dateOutsideWindow(policy, day.date, now)) return [];
  const hallDay = day.halls.find((h) => h.hallId === hallId);
  if (!hallDay) return [];
  const windows = matterWindowsInHall(matter, input.windows, hallId);
  if (windows.length === 0) return [];
  const { rostered } = input;
  const taken = input.taken ?? new Map();
  // Without a rota every slot has the same places: counted once for the day.
  const fixed = rostered
    ? undefined
    : dayRoomOf(windowPlaces(windows, policy.deskPhoneHoldbackPercent, channel), taken);
  const midnight = Date.parse(shanghaiIsoAt(day.date, '00:00'));
  const slots: GeneratedSlot[] = [];
  for (const { from, to } of slotTimes(hallDay.intervals, matter.slotMinutes)) {
    const fromMinutes = minutesOf(from);
    const toMinutes = minutesOf(to);
    const instant = midnight + fromMinutes * 60_000;
    if (tooSoon(policy, instant, now)) continue;
    if (keep && !keep(from, instant)) continue;
    const room =
      fixed ??
      dayRoomOf(
        windowPlaces(
          rosteredWindows(windows, rostered!, fromMinutes, toMinutes),
          policy.deskPhoneHoldbackPercent,
          channel,
        ),
        taken,
      );
    slots.push({
      start: shanghaiIsoAt(day.date, from),
      end: shanghaiIsoAt(day.date, to),
      capacity: room.capacity,
      remaining: room.room(fromMinutes, toMinutes),
    });
  }
  return slots;
}
