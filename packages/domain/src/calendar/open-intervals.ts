import type { DayHours } from '../tenant/opening-policy.js';
import type { OpenInterval } from './calendar-day.js';

/**
 * The open intervals of a day's published hours. With 午间不断档 (`noGapLunch`) staff rotate over
 * lunch, so the sessions become one continuous interval.
 */
export function openIntervals(hours: DayHours): OpenInterval[] {
  const { sessions, mode } = hours;
  const first = sessions[0];
  const last = sessions[sessions.length - 1];
  if (!first || !last) return [];
  if (hours.noGapLunch) return [{ from: first.from, to: last.to, mode }];
  return sessions.map((s) => ({ from: s.from, to: s.to, mode }));
}
