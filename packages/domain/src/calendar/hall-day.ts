import { NotFoundError } from '../shared/errors.js';
import type { LocalDate } from '../shared/primitives.js';
import type { DayKind } from '../tenant/day-kind.js';
import type { Hall } from '../tenant/hall.js';
import type { CalendarConfig } from './calendar-config.js';
import type { HallDay } from './calendar-day.js';
import { epochDayOf } from './date-math.js';
import { nationalDayOf } from './national-day-of.js';
import { hallOverrideKey, indexOverrides } from './override-index.js';
import { planHallDay } from './plan-hall-day.js';

/** One hall on one date, with the kind of day that chose its hours. */
export interface HallCalendarDay extends HallDay {
  date: LocalDate;
  /** The hall's kind of day: national, then tenant-wide overrides, then the hall's own. */
  kind: DayKind;
  provisional: boolean;
}

export function findHall(config: CalendarConfig, hallId: string): Hall {
  const hall = config.halls.find((h) => h.id === hallId);
  if (!hall) throw new NotFoundError(`hall "${hallId}"`, 'hall_not_found');
  return hall;
}

/**
 * One hall's kind of day and open intervals on `date`, as `buildCalendar` gives them.
 * @example hallDay(config, 'main-hall', '2026-02-17').intervals // [{ from: '09:00', to: '16:00', mode: 'appointment-only' }]
 */
export function hallDay(config: CalendarConfig, hallId: string, date: LocalDate): HallCalendarDay {
  const hall = findHall(config, hallId);
  const epochDay = epochDayOf(date);
  const national = nationalDayOf(config, epochDay, date);
  const overrides = indexOverrides(config.calendarOverrides, date);
  const tenantOverride = overrides.tenant.get(date);
  const { kind, day } = planHallDay(
    hall,
    epochDay,
    tenantOverride?.kind ?? national.kind,
    tenantOverride,
    overrides.hall.get(hallOverrideKey(hallId, date)),
  );
  return { date, kind, provisional: national.provisional, ...day };
}
