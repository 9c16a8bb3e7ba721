import { type LocalDate, type RosteredPlaces, type RotaStore, rosteredPlaces } from '@openhall/domain';

/**
 * The places of a hall-day's windows from its rota (one GetItem), or undefined when the day has no
 * rota or no rota store is wired: then each window gives its configured `staffCount`.
 */
export async function rosteredPlacesOf(
  deps: { rotaStore?: RotaStore | undefined },
  tenantId: string,
  hallId: string,
  date: LocalDate,
): Promise<RosteredPlaces | undefined> {
  if (!deps.rotaStore) return undefined;
  const rota = await deps.rotaStore.getRotaDay(tenantId, hallId, date);
  return rota ? rosteredPlaces(rota) : undefined;
}
