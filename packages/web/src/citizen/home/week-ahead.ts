import { addDays, type LocalDate } from '@openhall/domain';

/**
 * Today and the six days after it. A calendar week (Monday to Sunday) would show a Sunday visitor
 * six days that are already over; what they need is where the hall stands in the days ahead.
 */
export function weekAhead(today: LocalDate): { from: LocalDate; to: LocalDate } {
  return { from: today, to: addDays(today, 6) };
}
