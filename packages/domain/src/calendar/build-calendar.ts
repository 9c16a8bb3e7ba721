import type { LocalDate } from '../shared/primitives.js';
import type { Hall } from '../tenant/hall.js';
import type { CalendarConfig } from './calendar-config.js';
import type { CalendarDay } from './calendar-day.js';
import { CalendarRangeError } from './calendar-range-error.js';
import { dateOfEpochDay, epochDayOf } from './date-math.js';
import { findHall } from './hall-day.js';
import { lunarDateOfEpochDay } from './lunar-date-of.js';
import { nationalDayOf } from './national-day-of.js';
import { hallOverrideKey, indexOverrides } from './override-index.js';
import { planHallDay } from './plan-hall-day.js';

export interface BuildCalendarInput {
  config: CalendarConfig;
  from: LocalDate;
  to: LocalDate;
  /** Limit to these halls; all when omitted. */
  hallIds?: string[];
}

function selectHalls(config: CalendarConfig, hallIds: string[] | undefined): Hall[] {
  if (hallIds === undefined) return config.halls;
  // Unknown ids fail loudly; the halls keep the order the tenant configured.
  for (const id of hallIds) findHall(config, id);
  const wanted = new Set(hallIds);
  return config.halls.filter((h) => wanted.has(h.id));
}

/**
 * The kind of each day and every hall's open intervals, from `from` to `to` inclusive.
 *
 * The day's `kind` is national, unless a tenant-wide override sets it; an override for one hall
 * changes only that hall's hours. Each day has its lunar date, and `provisional` when its year's
 * State Council schedule is neither published by the platform nor in the bundled data.
 */
export function buildCalendar(input: BuildCalendarInput): CalendarDay[] {
  const { config, from, to, hallIds } = input;
  const start = epochDayOf(from);
  const end = epochDayOf(to);
  if (end < start) throw new CalendarRangeError(`the calendar range ends (${to}) before it starts (${from})`);
  const halls = selectHalls(config, hallIds);
  const overrides = indexOverrides(config.calendarOverrides);
  const days: CalendarDay[] = [];
  for (let epochDay = start; epochDay <= end; epochDay++) {
    const date = dateOfEpochDay(epochDay);
    const national = nationalDayOf(config, epochDay, date);
    const tenantOverride = overrides.tenant.get(date);
    const kind = tenantOverride?.kind ?? national.kind;
    // A holiday the tenant works through is not shown as that holiday.
    const holidayName = kind === 'holiday' ? national.holidayName : undefined;
    days.push({
      date,
      kind,
      provisional: national.provisional,
      ...(holidayName ? { holidayName } : {}),
      lunar: lunarDateOfEpochDay(epochDay).label,
      halls: halls.map(
        (hall) =>
          planHallDay(
            hall,
            epochDay,
            kind,
            tenantOverride,
            overrides.hall.get(hallOverrideKey(hall.id, date)),
          ).day,
      ),
    });
  }
  return days;
}
