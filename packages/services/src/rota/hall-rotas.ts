import { type LocalDate, type RosteredPlaces, type RotaStore, rosteredPlaces } from '@openhall/domain';

/**
 * The rota of every day of `from`..`to` (inclusive) that has one, as places, for a hall: one Query
 * per month the range touches (a booking horizon touches two or three). Empty when no rota store
 * is wired: then every window gives its configured `staffCount`.
 */
export async function hallRotasBetween(
  deps: { rotaStore?: RotaStore | undefined },
  tenantId: string,
  hallId: string,
  range: { from: LocalDate; to: LocalDate },
): Promise<Map<LocalDate, RosteredPlaces>> {
  const { rotaStore } = deps;
  if (!rotaStore) return new Map();
  const months: string[] = [];
  for (let m = range.from.slice(0, 7); m <= range.to.slice(0, 7); m = nextMonth(m)) months.push(m);
  const days = (await Promise.all(months.map((m) => rotaStore.rotaMonth(tenantId, hallId, m)))).flat();
  return new Map(
    days
      .filter((d) => d.date >= range.from && d.date <= range.to)
      .map((d) => [d.date as LocalDate, rosteredPlaces(d)]),
  );
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
