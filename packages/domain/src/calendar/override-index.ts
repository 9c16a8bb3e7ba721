import type { LocalDate } from '../shared/primitives.js';
import type { DayKind } from '../tenant/day-kind.js';
import type { DayHours } from '../tenant/opening-policy.js';
import type { CalendarOverride } from './calendar-override.js';

/** What the tenant's overrides change on one date, for all halls or for one. */
export interface DayOverride {
  kind?: DayKind;
  hours?: DayHours;
}

export interface OverrideIndex {
  /** Overrides without `hallId`, by date. */
  tenant: Map<LocalDate, DayOverride>;
  /** Overrides of one hall, by `hallId` and date. */
  hall: Map<string, DayOverride>;
}

export function hallOverrideKey(hallId: string, date: LocalDate): string {
  return `${hallId}/${date}`;
}

/** Overrides by date; of two for the same date and scope, the later one wins field by field. */
export function indexOverrides(overrides: readonly CalendarOverride[], only?: LocalDate): OverrideIndex {
  const index: OverrideIndex = { tenant: new Map(), hall: new Map() };
  for (const o of overrides) {
    if (only !== undefined && o.date !== only) continue;
    const map = o.hallId === undefined ? index.tenant : index.hall;
    const key = o.hallId === undefined ? o.date : hallOverrideKey(o.hallId, o.date);
    const merged: DayOverride = { ...map.get(key) };
    if (o.kind !== undefined) merged.kind = o.kind;
    if (o.hours !== undefined) merged.hours = o.hours;
    map.set(key, merged);
  }
  return index;
}
