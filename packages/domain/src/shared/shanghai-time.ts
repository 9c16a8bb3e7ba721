import type { LocalDate, LocalTime } from './primitives.js';

/** Asia/Shanghai has kept UTC+8 with no daylight saving since 1991, so plain arithmetic is exact. */
const OFFSET_MS = 8 * 60 * 60 * 1000;

/** `2026-11-28T09:30:00+08:00` (seconds optional, fraction allowed but must be zero). */
const SHANGHAI_ISO = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2})(?:\.(\d+))?)?\+08:00$/;

function shifted(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('invalid Date');
  return new Date(instant.getTime() + OFFSET_MS).toISOString();
}

/** An instant as ISO 8601 in Asia/Shanghai, to the second. */
export function toShanghaiIso(instant: Date): string {
  return `${shifted(instant).slice(0, 19)}+08:00`;
}

/** An instant as ISO 8601 in Asia/Shanghai, cut to the whole minute (how booking records keep time). */
export function toShanghaiMinuteIso(instant: Date): string {
  return `${shifted(instant).slice(0, 16)}:00+08:00`;
}

// A request asks the date of its one `now` once for every day it lists: the last answer is kept.
let lastDate = { at: Number.NaN, date: '' };

/** The Asia/Shanghai calendar date of an instant. */
export function shanghaiDateOf(instant: Date): LocalDate {
  const at = instant.getTime();
  if (at === lastDate.at) return lastDate.date;
  const date = shifted(instant).slice(0, 10);
  lastDate = { at, date };
  return date;
}

/** The Asia/Shanghai wall-clock time (`HH:MM`) of an instant; seconds are dropped. */
export function shanghaiTimeOf(instant: Date): LocalTime {
  return shifted(instant).slice(11, 16);
}

/**
 * ISO 8601 of a wall-clock time on a Shanghai date (for an instant, use `toShanghaiIso`).
 * `24:00` (an interval's end) becomes 00:00 of the next day, so the string always names a real instant.
 * @example shanghaiIsoAt('2026-11-28', '09:30') // '2026-11-28T09:30:00+08:00'
 */
export function shanghaiIsoAt(date: LocalDate, time: LocalTime): string {
  if (time === '24:00') {
    const next = new Date(Date.parse(`${date}T00:00:00Z`) + 24 * 60 * 60 * 1000);
    return `${next.toISOString().slice(0, 10)}T00:00:00+08:00`;
  }
  return `${date}T${time}:00+08:00`;
}

/** Dates already found real, so the slot lists do not build a Date for each of their slots. */
const realDates = new Set<string>();

function isRealDate(date: string): boolean {
  if (realDates.has(date)) return true;
  const d = new Date(`${date}T00:00:00Z`);
  const real = !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
  if (real) {
    if (realDates.size >= 4096) realDates.clear();
    realDates.add(date);
  }
  return real;
}

/** Date and time of `iso` when it is a real instant in +08:00 on a whole minute; undefined otherwise. */
function shanghaiPartsOf(iso: string): { date: LocalDate; time: LocalTime } | undefined {
  const m = SHANGHAI_ISO.exec(iso);
  if (!m) return undefined;
  const [, date, time, seconds = '00', fraction = '0'] = m;
  if (seconds !== '00' || !/^0+$/.test(fraction)) return undefined;
  const hours = Number(time!.slice(0, 2));
  const minutes = Number(time!.slice(3));
  if (hours > 23 || minutes > 59 || !isRealDate(date!)) return undefined;
  return { date: date!, time: time! };
}

/** True when `iso` is a real instant written with the +08:00 offset and on a whole minute. */
export function isShanghaiIso(iso: string): boolean {
  return shanghaiPartsOf(iso) !== undefined;
}

/**
 * Date and `HH:MM` of an ISO 8601 string written in +08:00 on a whole minute. Validate input with
 * the API schema first: anything else is a programming error here and throws.
 */
export function parseShanghaiIso(iso: string): { date: LocalDate; time: LocalTime } {
  const parts = shanghaiPartsOf(iso);
  if (!parts) throw new RangeError(`not an ISO 8601 +08:00 time on a whole minute: "${iso}"`);
  return parts;
}

/**
 * The one spelling of a Shanghai instant, `YYYY-MM-DDTHH:MM:00+08:00`, so a start typed as
 * `…T10:00+08:00` or `…T10:00:00.000+08:00` is stored and compared as the same string. Anything that
 * is not an ISO 8601 +08:00 time on a whole minute comes back unchanged, for the schema to refuse.
 * @example canonicalShanghaiIso('2026-11-26T10:00+08:00') // '2026-11-26T10:00:00+08:00'
 */
export function canonicalShanghaiIso(iso: string): string {
  if (!isShanghaiIso(iso)) return iso;
  const { date, time } = parseShanghaiIso(iso);
  return shanghaiIsoAt(date, time);
}
