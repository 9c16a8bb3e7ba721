import type { RosteredPlaces } from '../rota/people-at.js';
import type { LocalTime } from '../shared/primitives.js';
import type { ServiceWindow } from '../tenant/service-window.js';
import type { BookingChannel } from './booking-schemas.js';
import { bucketTimesBetween } from './bucket-times.js';

/**
 * Places of one window for a channel. Desk and phone see every person at it; online sees what is
 * left after holding back the whole places the percentage covers (rounded down). Bookings of all
 * channels count against one total, so online stops at its share and the last places stay free
 * for the desk and phone.
 */
export function slotCapacity(staffTotal: number, holdbackPercent: number, channel: BookingChannel): number {
  if (channel !== 'online') return staffTotal;
  // Only whole places are held: a one-person window stays bookable online unless all is held (100%).
  return staffTotal - Math.floor((staffTotal * holdbackPercent) / 100);
}

/** Places taken per window and bucket start (`HH:MM`) on one hall-day; a missing entry is 0. */
export type PlacesTaken = ReadonlyMap<string, ReadonlyMap<LocalTime, number>>;

/** A window serving a matter, with the places the asking channel may fill in each of its buckets. */
export interface WindowPlaces {
  windowId: string;
  limit: number;
}

/** The buckets one booking already holds: they are its own, so they do not stand in its way. */
export interface HeldBuckets {
  windowId: string;
  times: ReadonlySet<LocalTime>;
}

/**
 * The windows with the people the rota puts at each over [from, to) (minutes since midnight) in
 * place of their configured `staffCount`: with a rota for the date, the rota is who serves.
 */
export function rosteredWindows<W extends Pick<ServiceWindow, 'id' | 'staffCount'>>(
  windows: readonly W[],
  rostered: RosteredPlaces,
  from: number,
  to: number,
): W[] {
  return windows.map((w) => ({ ...w, staffCount: rostered.placesAt(w.id, from, to) }));
}

/**
 * Places per window for a channel, in the order given (configuration order). The desk/phone
 * holdback applies to each window on its own: one window's people are never lent to another.
 */
export function windowPlaces(
  windows: readonly Pick<ServiceWindow, 'id' | 'staffCount'>[],
  holdbackPercent: number,
  channel: BookingChannel,
): WindowPlaces[] {
  return windows.map((w) => ({
    windowId: w.id,
    limit: slotCapacity(w.staffCount, holdbackPercent, channel),
  }));
}

/**
 * Free places of one window over a slot's buckets: the fullest bucket decides, never below 0.
 * @example windowRoom({ windowId: 'b11', limit: 1 }, new Map([['b11', new Map([['10:30', 1]])]]), ['10:30', '10:35']) // 0
 */
export function windowRoom(
  window: WindowPlaces,
  taken: PlacesTaken,
  times: readonly LocalTime[],
  held?: HeldBuckets,
): number {
  const counts = taken.get(window.windowId);
  const own = held?.windowId === window.windowId ? held.times : undefined;
  let room = window.limit;
  for (const time of times) {
    const n = (counts?.get(time) ?? 0) - (own?.has(time) ? 1 : 0);
    room = Math.min(room, window.limit - n);
  }
  return Math.max(0, room);
}

/** Places left in a slot of a matter: each of its windows' room, added up. */
export function slotRoom(
  windows: readonly WindowPlaces[],
  taken: PlacesTaken,
  times: readonly LocalTime[],
): number {
  return windows.reduce((n, w) => n + windowRoom(w, taken, times), 0);
}

/** A day's places for a slot of a matter: its capacity and the room left over any slot of the day. */
export interface DayRoom {
  /** Places the channel may fill at all the windows together (taken ones included). */
  capacity: number;
  /** `slotRoom` over the slot's buckets, given as minutes since midnight. */
  room(from: number, to: number): number;
}

/**
 * `slotRoom` for every slot of one hall-day: a window with nothing taken that day has its whole
 * limit in every slot, so those windows are added up once and only the windows with bookings are
 * looked at per slot. Each slot's answer is exactly `slotRoom(windows, taken, its buckets)`.
 */
export function dayRoomOf(windows: readonly WindowPlaces[], taken: PlacesTaken): DayRoom {
  let capacity = 0;
  let free = 0;
  const busy: WindowPlaces[] = [];
  for (const w of windows) {
    capacity += w.limit;
    if ((taken.get(w.windowId)?.size ?? 0) > 0) busy.push(w);
    else free += Math.max(0, w.limit);
  }
  return {
    capacity,
    room: (from, to) =>
      busy.length === 0 ? free : free + slotRoom(busy, taken, bucketTimesBetween(from, to)),
  };
}

/** A matter's places per window for one channel, added up once, for `countedDayRoomOf` to be asked of many hall-days. */
export interface CountedPlaces {
  windows: readonly WindowPlaces[];
  /** Sum of the limits. */
  capacity: number;
  /** Sum of the limits below 0 counted as 0: the room of a day with nothing taken. */
  free: number;
  /** The windows by id; absent when two share an id, so the windows are looked at one by one. */
  byId: ReadonlyMap<string, WindowPlaces> | undefined;
  /** The room of a day with nothing taken at any of the windows. */
  idle: DayRoom;
}

export function countedPlaces(windows: readonly WindowPlaces[]): CountedPlaces {
  let capacity = 0;
  let free = 0;
  const byId = new Map<string, WindowPlaces>();
  for (const w of windows) {
    capacity += w.limit;
    free += Math.max(0, w.limit);
    byId.set(w.windowId, w);
  }
  return {
    windows,
    capacity,
    free,
    byId: byId.size === windows.length ? byId : undefined,
    idle: { capacity, room: () => free },
  };
}

/**
 * `dayRoomOf` of counted places: only the windows with places taken that day are looked at, so a
 * matter with many windows and a quiet day costs the few windows with bookings, not all of them.
 */
export function countedDayRoomOf(counted: CountedPlaces, taken: PlacesTaken): DayRoom {
  if (taken.size === 0) return counted.idle;
  const { byId } = counted;
  if (!byId || taken.size > byId.size) return dayRoomOf(counted.windows, taken);
  let free = counted.free;
  const busy: WindowPlaces[] = [];
  for (const [windowId, counts] of taken) {
    const w = byId.get(windowId);
    if (!w || counts.size === 0) continue;
    busy.push(w);
    free -= Math.max(0, w.limit);
  }
  if (busy.length === 0) return counted.idle;
  return {
    capacity: counted.capacity,
    room: (from, to) => free + slotRoom(busy, taken, bucketTimesBetween(from, to)),
  };
}

/**
 * The window a booking takes its place at: the first (configuration order) with room in every
 * bucket of the slot, or undefined when none has. A booking being moved tries its own window first,
 * where the buckets it holds already count as free, so a move that overlaps itself stays put.
 */
export function chooseWindow(
  windows: readonly WindowPlaces[],
  taken: PlacesTaken,
  times: readonly LocalTime[],
  held?: HeldBuckets,
): WindowPlaces | undefined {
  const own = windows.filter((w) => w.windowId === held?.windowId);
  const others = windows.filter((w) => w.windowId !== held?.windowId);
  return [...own, ...others].find((w) => windowRoom(w, taken, times, held) > 0);
}
