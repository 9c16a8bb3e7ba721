import type { LocalDate } from '../shared/primitives.js';
import type { DayKind } from '../tenant/day-kind.js';
import type { CalendarConfig } from './calendar-config.js';
import { epochDayOf } from './date-math.js';
import { findHall } from './hall-day.js';
import { nationalDayOf } from './national-day-of.js';
import { hallOverrideKey, indexOverrides } from './override-index.js';

/**
 * Kind of `date` for the tenant after its overrides; with `hallId`, for that hall (whose own
 * overrides may differ).
 */
export function dayKindOf(config: CalendarConfig, date: LocalDate, hallId?: string): DayKind {
  const overrides = indexOverrides(config.calendarOverrides, date);
  const kind = overrides.tenant.get(date)?.kind ?? nationalDayOf(config, epochDayOf(date), date).kind;
  if (hallId === undefined) return kind;
  findHall(config, hallId);
  return overrides.hall.get(hallOverrideKey(hallId, date))?.kind ?? kind;
}
