import type { CalendarConfig } from '../calendar/calendar-config.js';
import { addWorkingDays } from '../calendar/working-days.js';
import type { ServiceRecord } from './ticket.js';

/**
 * Whether a service record was completed within its matter's 承诺时限 (promised working days from
 * acceptance; 0 means the same day, 即办), by the calendar engine's working days. Undefined when
 * the matter publishes no limit, or the record is not accepted and completed.
 * @example completedWithinPromise(zibo, { acceptedAt: '2026-03-06T16:50:00+08:00', completedAt: '2026-03-09T09:10:00+08:00', promisedDays: 1 }) // true (the weekend does not count)
 */
export function completedWithinPromise(
  config: CalendarConfig,
  record: Pick<ServiceRecord, 'acceptedAt' | 'completedAt' | 'promisedDays'>,
  hallId?: string,
): boolean | undefined {
  const { acceptedAt, completedAt, promisedDays } = record;
  if (!acceptedAt || !completedAt || promisedDays === undefined || promisedDays === null) return undefined;
  if (promisedDays <= 0) return completedAt.slice(0, 10) === acceptedAt.slice(0, 10);
  const deadline = addWorkingDays(config, new Date(acceptedAt), promisedDays, hallId);
  return Date.parse(completedAt) <= Date.parse(deadline);
}
