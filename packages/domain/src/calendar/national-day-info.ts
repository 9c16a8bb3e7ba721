import type { LocalDate } from '../shared/primitives.js';
import type { DayKind } from '../tenant/day-kind.js';
import { dateOfEpochDay, epochDayOf, isWeekend } from './date-math.js';
import { assertSupportedYear } from './lunar-calendar.js';
import { publishedSchedule } from './published-schedule.js';
import { statutoryHolidays } from './statutory-holidays.js';

/** What the national calendar says of one day, before any tenant override. */
export interface NationalDayInfo {
  kind: DayKind;
  /** The year's State Council schedule is not in the bundled data: make-up days are unknown. */
  provisional: boolean;
  /** Chinese name of the statutory holiday, on holiday days only. */
  holidayName?: string;
}

interface YearTable {
  /** Days since 1970-01-01 of 1 January. */
  first: number;
  /** Indexed by day of the year from 0. */
  days: readonly NationalDayInfo[];
}

// One frozen entry per day of each year asked for: the data never changes while the process
// runs, so the cache is as deterministic as the package itself.
const years = new Map<number, YearTable>();
let last: YearTable | undefined;

function yearTable(year: number): YearTable {
  const cached = years.get(year);
  if (cached) return cached;
  assertSupportedYear(year);
  const first = epochDayOf(`${String(year).padStart(4, '0')}-01-01`);
  const next = epochDayOf(`${String(year + 1).padStart(4, '0')}-01-01`);
  const published = publishedSchedule(year);
  const statutory = published ? undefined : statutoryHolidays(year);
  const infos: NationalDayInfo[] = [];
  for (let day = first; day < next; day++) {
    const date = dateOfEpochDay(day);
    const weekend = isWeekend(date);
    let info: NationalDayInfo;
    if (published) {
      const scheduled = published.get(date);
      if (scheduled?.work) info = { kind: weekend ? 'makeup-workday' : 'workday', provisional: false };
      // A weekend inside the holiday span is part of the holiday.
      else if (scheduled) info = { kind: 'holiday', provisional: false, holidayName: scheduled.holidayName };
      else info = { kind: weekend ? 'restday' : 'workday', provisional: false };
    } else {
      const name = statutory?.get(date);
      if (name) info = { kind: 'holiday', provisional: true, holidayName: name };
      else info = { kind: weekend ? 'restday' : 'workday', provisional: true };
    }
    infos.push(Object.freeze(info));
  }
  const table = { first, days: infos };
  years.set(year, table);
  return table;
}

/** Kind of a day by days since 1970-01-01; the fast path for whole calendars. */
export function nationalDayInfoOfEpochDay(epochDay: number): NationalDayInfo {
  // Calendars walk day by day, so the year of the previous call usually answers this one.
  let table = last;
  let info = table?.days[epochDay - table.first];
  if (!info) {
    table = yearTable(new Date(epochDay * 86_400_000).getUTCFullYear());
    info = table.days[epochDay - table.first]!;
    last = table;
  }
  return info;
}

/**
 * Kind of a day in the national calendar: the State Council schedule where published, else the
 * days the law fixes, with `provisional` set.
 * @example nationalDayInfo('2026-02-14') // { kind: 'makeup-workday', provisional: false }
 */
export function nationalDayInfo(date: LocalDate): NationalDayInfo {
  // A copy: the cached entries are shared by every caller.
  return { ...nationalDayInfoOfEpochDay(epochDayOf(date)) };
}
