import {
  addDays,
  type CalendarConfig,
  hallDay,
  type LocalDate,
  shanghaiDateOf,
  shanghaiTimeOf,
} from '@openhall/domain';

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * The first moment from `now` on at which the hall is open, with at least `minutes` of the same
 * open interval left, as the calendar engine gives the hall's days (rest days, holidays, 调休 and
 * overrides included): `now` itself when it already is, else the moment the next such interval
 * opens. The queue phases of `pnpm bench` run the kiosk there, since it refuses tickets once the
 * hall has closed. Undefined when no day of the next `searchDays` has such an interval.
 */
export function openMomentFrom(
  config: CalendarConfig,
  hallId: string,
  now: Date,
  minutes: number,
  searchDays = 31,
): Date | undefined {
  const today = shanghaiDateOf(now);
  const nowMinute = minutesOf(shanghaiTimeOf(now));
  for (let offset = 0; offset < searchDays; offset++) {
    const date: LocalDate = addDays(today, offset);
    const intervals = [...hallDay(config, hallId, date).intervals].sort(
      (a, b) => minutesOf(a.from) - minutesOf(b.from),
    );
    for (const interval of intervals) {
      const opens = minutesOf(interval.from);
      const closes = minutesOf(interval.to);
      const inside = offset === 0 && nowMinute >= opens && nowMinute < closes;
      if (offset === 0 && !inside && nowMinute >= opens) continue;
      const start = inside ? nowMinute : opens;
      if (closes - start < minutes) continue;
      return inside ? now : new Date(`${date}T${hhmm(start)}:00+08:00`);
    }
  }
  return undefined;
}
