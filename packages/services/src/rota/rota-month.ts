import {
  addDays,
  buildCalendar,
  type DayKind,
  LocalDateSchema,
  NotFoundError,
  type StaffingViolation,
} from '@openhall/domain';
import { tenantConfigOf } from '../booking/tenant-config-of.js';
import { hallOf, rotaDayView } from './rota-day-view.js';
import type { RotaDeps } from './rota-deps.js';

export interface RotaMonthDay {
  date: string;
  dayKind: DayKind;
  provisional: boolean;
  holidayName?: string;
  open: boolean;
  /** Undefined when nobody planned the day yet. */
  version?: number;
  violations: StaffingViolation[];
}

/**
 * Every day of a month for one hall: its kind and hours from the calendar engine, its rota (one
 * Query for the month) and the rules each day breaks, so the grid shows the gaps before they happen.
 */
export async function rotaMonth(
  deps: Pick<RotaDeps, 'configStore' | 'nationalScheduleStore' | 'rotaStore'>,
  input: { tenantId: string; hallId: string; month: string },
): Promise<RotaMonthDay[]> {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(input.month))
    throw new NotFoundError(`month "${input.month}"`, 'month_not_found');
  const first = LocalDateSchema.parse(`${input.month}-01`);
  const config = await tenantConfigOf(deps, input.tenantId);
  hallOf(config, input.hallId);
  const days = await deps.rotaStore.rotaMonth(input.tenantId, input.hallId, input.month);
  const byDate = new Map(days.map((d) => [d.date, d]));
  const last = addDays(addDays(first, 31).slice(0, 8).concat('01'), -1);
  return buildCalendar({ config, from: first, to: last, hallIds: [input.hallId] }).map((day) => {
    const rota = byDate.get(day.date);
    const view = rotaDayView(config, input.hallId, day.date, rota);
    return {
      date: day.date,
      dayKind: day.kind,
      provisional: day.provisional,
      ...(day.holidayName ? { holidayName: day.holidayName } : {}),
      open: view.hours.length > 0,
      ...(rota ? { version: rota.version } : {}),
      violations: view.violations,
    };
  });
}
