import { type LocalTime, minutesOf, timeOf } from '../shared/primitives.js';
import { parseShanghaiIso } from '../shared/shanghai-time.js';

/**
 * Capacity is counted in 5-minute buckets of one window's day: slots of different lengths (20, 30,
 * 60 minutes) overlap on a window only through the buckets they share. Every `slotMinutes` is a
 * multiple of this (MatterSchema), so a slot on the hall's grid covers whole buckets.
 */
export const BUCKET_MINUTES = 5;

/** The longest slot a matter may have (MatterSchema: 240 minutes) covers this many buckets. */
export const MAX_SLOT_BUCKETS = 240 / BUCKET_MINUTES;

/**
 * `HH:MM` start of every bucket a slot covers, on its Shanghai date. A slot off the 5-minute grid
 * (a hall opening at 08:58) covers every bucket it touches, so it can never share a place with
 * another slot unnoticed; the worst it does is keep a neighbour's edge bucket too.
 * @example bucketTimes('2026-11-24T10:00:00+08:00', '2026-11-24T10:20:00+08:00') // ['10:00', '10:05', '10:10', '10:15']
 */
export function bucketTimes(start: string, end: string): LocalTime[] {
  const from = minutesOf(parseShanghaiIso(start).time);
  const length = (Date.parse(end) - Date.parse(start)) / 60_000;
  if (!(length > 0)) throw new RangeError(`a slot must end after it starts: ${start} to ${end}`);
  const to = from + length;
  if (to > 24 * 60) throw new RangeError(`a slot must end by midnight of its day: ${start} to ${end}`);
  return bucketTimesBetween(from, to);
}

/** `bucketTimes` of a slot given as minutes since midnight, `from` before `to`, on one day. */
export function bucketTimesBetween(from: number, to: number): LocalTime[] {
  const times: LocalTime[] = [];
  for (let t = from - (from % BUCKET_MINUTES); t < to; t += BUCKET_MINUTES) times.push(bucketTimeOf(t));
  return times;
}

/** `HH:MM` of every bucket start of a day, written once: the slot lists ask them for every slot. */
const BUCKET_TIMES: readonly LocalTime[] = Array.from({ length: (24 * 60) / BUCKET_MINUTES }, (_, i) =>
  timeOf(i * BUCKET_MINUTES),
);

function bucketTimeOf(minutes: number): LocalTime {
  return BUCKET_TIMES[minutes / BUCKET_MINUTES] ?? timeOf(minutes);
}
