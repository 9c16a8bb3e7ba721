import { type LocalDate, type RosteredPlaces, type RotaStore, rosteredPlaces } from '@openhall/domain';

/** The places a hall-day's rota gives, and the version they were read from (0: the day has none). */
export interface HallDayRota {
  rostered?: RosteredPlaces;
  rotaVersion: number;
}

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
  return (await hallDayRota(deps, tenantId, hallId, date)).rostered;
}

/**
 * `rosteredPlacesOf` with the rota's version, which a booking write carries so it lands only if no
 * rota saved since took places from its window.
 */
export async function hallDayRota(
  deps: { rotaStore?: RotaStore | undefined },
  tenantId: string,
  hallId: string,
  date: LocalDate,
): Promise<HallDayRota> {
  if (!deps.rotaStore) return { rotaVersion: 0 };
  const rota = await deps.rotaStore.getRotaDay(tenantId, hallId, date);
  return rota ? { rostered: rosteredPlaces(rota), rotaVersion: rota.version } : { rotaVersion: 0 };
}
