import { addDays, dayOfWeek, type LocalDate } from '@openhall/domain';

/** Monday to Sunday of the week holding `date` (本周: Chinese weeks start on Monday). */
export function weekOf(date: LocalDate): { from: LocalDate; to: LocalDate } {
  const sinceMonday = (dayOfWeek(date) + 6) % 7;
  const from = addDays(date, -sinceMonday);
  return { from, to: addDays(from, 6) };
}
