import type { CalendarDay } from '@openhall/domain';
import type { Messages } from '../i18n/messages.js';

/** The kind of a day in words, with the holiday's name: "法定节假日 · 国庆节". */
export function dayLabel(t: Messages, day: Pick<CalendarDay, 'kind' | 'holidayName'>): string {
  const kind = t.dayKind[day.kind];
  return day.holidayName ? `${kind} · ${t.holidayName(day.holidayName)}` : kind;
}
