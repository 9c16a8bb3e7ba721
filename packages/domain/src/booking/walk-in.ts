import type { CalendarDay, OpenInterval } from '../calendar/calendar-day.js';
import { minutesOf } from '../shared/primitives.js';
import { shanghaiDateOf, shanghaiTimeOf } from '../shared/shanghai-time.js';
import { fail, RULE_OK, type RuleResult } from './rule-result.js';

/**
 * Whether a visitor may walk in to a hall at `now` without a booking, for pages and the queue
 * desk. `outside_hours` when the hall is closed today or `now` falls between intervals (the
 * day's intervals are in `detail`); `appointment_only_day` inside an appointment-only interval,
 * e.g. 除夕 to 正月初二 in Zaozhuang. The interval's mode decides, not the special period alone:
 * the calendar engine copies a special period's mode onto its intervals, and a period may keep
 * walk-in hours.
 */
export function checkWalkIn(input: { day: CalendarDay; hallId: string; now: Date }): RuleResult {
  const { day, hallId, now } = input;
  if (shanghaiDateOf(now) !== day.date) {
    throw new Error(`calendar day ${day.date} passed for a walk-in on ${shanghaiDateOf(now)}`);
  }
  const hallDay = day.halls.find((h) => h.hallId === hallId);
  const intervals: OpenInterval[] = hallDay?.intervals ?? [];
  if (intervals.length === 0) return fail('outside_hours', `hall "${hallId}" is closed today`);
  const t = minutesOf(shanghaiTimeOf(now));
  const current = intervals.find((i) => minutesOf(i.from) <= t && t < minutesOf(i.to));
  if (!current) return fail('outside_hours', 'the hall is not serving at this time', { intervals });
  if (current.mode === 'appointment-only') {
    return fail('appointment_only_day', 'today this hall serves bookings only', {
      interval: current,
      ...(hallDay?.specialPeriod ? { specialPeriod: hallDay.specialPeriod } : {}),
    });
  }
  return RULE_OK;
}
