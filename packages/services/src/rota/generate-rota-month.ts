import {
  addDays,
  buildCalendar,
  LocalDateSchema,
  monthPattern,
  NotFoundError,
  staffingRulesOf,
} from '@openhall/domain';
import { tenantConfigOf } from '../booking/tenant-config-of.js';
import { hallOf } from './rota-day-view.js';
import type { RotaDeps } from './rota-deps.js';
import { saveRotaDay } from './save-rota-day.js';

/**
 * Drafts a month's rota from the pattern (`monthPattern`: A holders on working days with the lunch
 * rotation, alternate weekends) for every open day of the hall that has no rota yet; days already
 * planned are left as they are, to be edited by hand. Each day is saved as a first version, so a
 * manager planning the same day at once wins or loses cleanly. Answers the dates drafted.
 */
export async function generateRotaMonth(
  deps: RotaDeps,
  input: { tenantId: string; hallId: string; month: string; actor: string },
): Promise<string[]> {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(input.month)) {
    throw new NotFoundError(`month "${input.month}"`, 'month_not_found');
  }
  const first = LocalDateSchema.parse(`${input.month}-01`);
  const config = await tenantConfigOf(deps, input.tenantId);
  hallOf(config, input.hallId);
  const last = addDays(`${addDays(first, 31).slice(0, 8)}01`, -1);
  const days = buildCalendar({ config, from: first, to: last, hallIds: [input.hallId] });
  const existing = new Set(
    (await deps.rotaStore.rotaMonth(input.tenantId, input.hallId, input.month)).map((d) => d.date),
  );
  const plan = monthPattern({
    days,
    hallId: input.hallId,
    windows: config.windows,
    staff: config.staff,
    abRoles: staffingRulesOf(config).abRoles,
  });
  const drafted: string[] = [];
  for (const [date, body] of plan) {
    if (existing.has(date)) continue;
    await saveRotaDay(deps, {
      tenantId: input.tenantId,
      hallId: input.hallId,
      date,
      body,
      expectedVersion: undefined,
      actor: input.actor,
    });
    drafted.push(date);
  }
  return drafted;
}
