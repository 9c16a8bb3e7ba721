import { publishedNationalDay } from '../national/published-national-day.js';
import type { LocalDate } from '../shared/primitives.js';
import type { NationalCalendarContext } from './calendar-config.js';
import { dateOfEpochDay } from './date-math.js';
import { type NationalDayInfo, nationalDayInfoOfEpochDay } from './national-day-info.js';

/**
 * What the nation's calendar says of a day for a calendar built with `context`: the platform's
 * published schedule of that year, else the built-in schedule or the computed provisional days.
 * Tenant overrides come on top of this.
 */
export function nationalDayOf(
  context: NationalCalendarContext,
  epochDay: number,
  date: LocalDate = dateOfEpochDay(epochDay),
): NationalDayInfo {
  return publishedNationalDay(context.nationalSchedules, date) ?? nationalDayInfoOfEpochDay(epochDay);
}
