import { LocalDateSchema } from '@openhall/domain';
import { tenantConfigOf } from '../booking/tenant-config-of.js';
import { hallOf, type RotaDayView, rotaDayView } from './rota-day-view.js';
import type { RotaDeps } from './rota-deps.js';

/** A hall-day's rota (one GetItem), its violations and cover proposals. */
export async function getRotaDay(
  deps: Pick<RotaDeps, 'configStore' | 'nationalScheduleStore' | 'rotaStore'>,
  input: { tenantId: string; hallId: string; date: string },
): Promise<RotaDayView> {
  const date = LocalDateSchema.parse(input.date);
  const config = await tenantConfigOf(deps, input.tenantId);
  hallOf(config, input.hallId);
  const rota = await deps.rotaStore.getRotaDay(input.tenantId, input.hallId, date);
  return rotaDayView(config, input.hallId, date, rota);
}
