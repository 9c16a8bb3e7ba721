import type { CalendarDay } from '../calendar/calendar-day.js';
import type { RosteredPlaces } from '../rota/people-at.js';
import { memoByObjectKeys } from '../shared/memo-by-object.js';
import type { LocalTime } from '../shared/primitives.js';
import type { BookingPolicy } from '../tenant/booking-policy.js';
import type { Matter } from '../tenant/matter.js';
import type { ServiceWindow } from '../tenant/service-window.js';
import type { BookingChannel } from './booking-schemas.js';
import { dateOutsideWindow, matterNotOfferedOn, tooSoon } from './booking-window.js';
import { daySlotGrid, type GridSlot } from './day-slot-grid.js';

export { slotTimes } from './day-slot-grid.js';

import {
  countedDayRoomOf,
  countedPlaces,
  dayRoomOf,
  type PlacesTaken,
  rosteredWindows,
  windowPlaces,
} from './window-places.js';

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

type HallWindow = Pick<ServiceWindow, 'id' | 'hallId'> & Partial<Pick<ServiceWindow, 'retired'>>;

/**
 * `matterWindowsInHall`, worked out once per windows list, matter and hall: a configuration never
 * changes (a change is a new object), so every day and request of a matter shares its windows.
 * The answer is shared: read it, never change it.
 */
export function matterWindowsInHallOf<W extends HallWindow>(
  matter: Pick<Matter, 'windowIds'>,
  windows: readonly W[],
  hallId: string,
): readonly W[] {
  return windowsInHallOf(windows, matter, hallId) as readonly W[];
}

const windowsInHallOf = memoByObjectKeys(
  (
    windows: readonly HallWindow[],
    matter: Pick<Matter, 'windowIds'>,
    hallId: string,
  ): readonly HallWindow[] => Object.freeze(matterWindowsInHall(matter, windows, hallId)),
);

/**
 * `windowPlaces` of a matter's windows (as `matterWindowsInHallOf` keeps them) for a holdback and a
 * channel, counted once per configuration.
 */
const fixedPlacesOf = memoByObjectKeys(
  (
    windows: readonly Pick<ServiceWindow, 'id' | 'staffCount'>[],
    holdbackPercent: number,
    channel: BookingChannel,
  ) => countedPlaces(windowPlaces(windows, holdbackPercent, channel)),
  16,
);

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
  return slotsOfDay(input, keep, (slot, capacity, remaining) => ({
    start: slot.start,
    end: slot.end,
    capacity,
    remaining,
  }));
}

/**
 * `generateSlots` with each slot written by `make` from its place on the day's grid (times, ISO
 * strings, mode) and its places, so a caller that adds to a slot writes it once.
 */
export function slotsOfDay<S>(
  input: GenerateSlotsInput,
  keep: ((from: LocalTime, instant: number) => boolean) | undefined,
  make: (slot: GridSlot, capacity: number, remaining: number) => S,
): S[] {
  const { day, hallId, matter, now, policy, channel } = input;
  if (matterNotOfferedOn(matter, day) || dateOutsideWindow(policy, day.date, now)) return [];
  if (!day.halls.some((h) => h.hallId === hallId)) return [];
  const windows = matterWindowsInHallOf(matter, input.windows, hallId);
  if (windows.length === 0) return [];
  const { rostered } = input;
  const taken = input.taken ?? new Map();
  // Without a rota every slot has the same places: counted once for the day.
  const fixed = rostered
    ? undefined
    : countedDayRoomOf(fixedPlacesOf(windows, policy.deskPhoneHoldbackPercent, channel), taken);
  const slots: S[] = [];
  for (const slot of daySlotGrid(day, hallId, matter.slotMinutes).slots) {
    const { from, fromMinutes, toMinutes, instant } = slot;
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
    slots.push(make(slot, room.capacity, room.room(fromMinutes, toMinutes)));
  }
  return slots;
}
