import type { DayKind } from '../tenant/day-kind.js';
import { policyKindOf } from '../tenant/day-kind.js';
import type { Hall } from '../tenant/hall.js';
import type { HallDay } from './calendar-day.js';
import { openIntervals } from './open-intervals.js';
import type { DayOverride } from './override-index.js';
import { specialPeriodOnEpochDay } from './special-period-on.js';

/**
 * One hall's day. Its kind is the hall's own override, else the day's kind (already corrected by
 * tenant-wide overrides). Its hours are, by precedence: an override's hours (the hall's, then the
 * tenant's), a lunar special period, the policy's hours for the kind of day.
 *
 * A kind-only override keeps the special period: it corrects which day it is (say, a schedule the
 * bundled data lacks), while 除夕 is still 除夕 and its special hours still hold.
 */
export function planHallDay(
  hall: Hall,
  epochDay: number,
  dayKind: DayKind,
  tenantOverride: DayOverride | undefined,
  hallOverride: DayOverride | undefined,
): { kind: DayKind; day: HallDay } {
  const policy = hall.openingPolicy;
  const kind = hallOverride?.kind ?? dayKind;
  const overrideHours = hallOverride?.hours ?? tenantOverride?.hours;
  const period = overrideHours ? undefined : specialPeriodOnEpochDay(policy.specialPeriods, epochDay);
  const intervals = openIntervals(overrideHours ?? period?.hours ?? policy[policyKindOf(kind)]);
  const day: HallDay = {
    hallId: hall.id,
    intervals,
    // 延时服务 continues after the last interval, so a closed day has none.
    extendedService: policy.extendedService && intervals.length > 0,
    overridden: tenantOverride !== undefined || hallOverride !== undefined,
  };
  if (period) day.specialPeriod = period.id;
  return { kind, day };
}
