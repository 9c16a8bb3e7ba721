import type { CalendarDay, OpenInterval } from '../calendar/calendar-day.js';
import { memoByObjectKeys } from '../shared/memo-by-object.js';
import { type LocalTime, minutesOf, timeOf } from '../shared/primitives.js';
import { shanghaiIsoAt } from '../shared/shanghai-time.js';
import type { ServiceMode } from '../tenant/opening-policy.js';

/** One slot of a hall-day's grid, with everything about it that depends only on the day. */
export interface GridSlot {
  from: LocalTime;
  to: LocalTime;
  /** `from` and `to` as minutes since midnight. */
  fromMinutes: number;
  toMinutes: number;
  /** The start as epoch milliseconds. */
  instant: number;
  /** ISO 8601 +08:00 of the start and end, as `shanghaiIsoAt` writes them. */
  start: string;
  end: string;
  /** How the hall serves at the start: the first interval holding it, else `walk-in`. */
  mode: ServiceMode;
}

/** Where a matter's slots lie on one hall's calendar day. */
export interface DaySlotGrid {
  /** The hall's intervals that day; empty when it is closed or not in the day. */
  intervals: OpenInterval[];
  /** Every slot of `slotTimes(intervals, slotMinutes)`, in order. */
  slots: readonly GridSlot[];
  /** The slots' starts (`HH:MM`). */
  starts: ReadonlySet<LocalTime>;
  /** 00:00 of the day as epoch milliseconds. */
  midnight: number;
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
 * The slots of `slotMinutes` on one hall's calendar day, worked out once per day object: a calendar
 * day never changes (the engine's days are kept per configuration), so the slot lists of every
 * request for that day and matter length share its times, ISO strings and modes.
 */
export const daySlotGrid: (day: CalendarDay, hallId: string, slotMinutes: number) => DaySlotGrid =
  memoByObjectKeys(buildGrid, 64);

function buildGrid(day: CalendarDay, hallId: string, slotMinutes: number): DaySlotGrid {
  const intervals = day.halls.find((h) => h.hallId === hallId)?.intervals ?? [];
  const spans = intervals.map((i) => ({ from: minutesOf(i.from), to: minutesOf(i.to), mode: i.mode }));
  const midnight = Date.parse(shanghaiIsoAt(day.date, '00:00'));
  const slots = slotTimes(intervals, slotMinutes).map(({ from, to }): GridSlot => {
    const fromMinutes = minutesOf(from);
    return {
      from,
      to,
      fromMinutes,
      toMinutes: minutesOf(to),
      instant: midnight + fromMinutes * 60_000,
      start: shanghaiIsoAt(day.date, from),
      end: shanghaiIsoAt(day.date, to),
      mode: spans.find((s) => s.from <= fromMinutes && fromMinutes < s.to)?.mode ?? 'walk-in',
    };
  });
  return Object.freeze({
    intervals,
    slots: Object.freeze(slots),
    starts: new Set(slots.map((s) => s.from)),
    midnight,
  });
}
