import type { LocalTime, PlacesTaken } from '@openhall/domain';

/**
 * Places taken per window and bucket from the items of place-counter Queries (sort key
 * `{windowId}#{HH:MM}`), keeping only the windows asked for, or every window when none was named
 * (a read of the whole hall-day).
 */
export function placesTakenOf(
  items: readonly Record<string, unknown>[],
  windowIds?: readonly string[],
): PlacesTaken {
  const wanted = windowIds && new Set(windowIds);
  const taken = new Map<string, Map<LocalTime, number>>();
  for (const item of items) {
    if (typeof item.sk !== 'string' || typeof item.taken !== 'number') continue;
    const cut = item.sk.lastIndexOf('#');
    const windowId = item.sk.slice(0, cut);
    if (cut < 0 || (wanted && !wanted.has(windowId))) continue;
    const counts = taken.get(windowId) ?? new Map<LocalTime, number>();
    counts.set(item.sk.slice(cut + 1), item.taken);
    taken.set(windowId, counts);
  }
  return taken;
}
