import type { LocalTime } from '@openhall/domain';

/** Places taken per slot start from the items of one slot-counter partition (sort key `HH:MM`). */
export function slotCountersOf(items: readonly Record<string, unknown>[]): Map<LocalTime, number> {
  const taken = new Map<LocalTime, number>();
  for (const item of items) {
    if (typeof item.sk === 'string' && typeof item.taken === 'number') taken.set(item.sk, item.taken);
  }
  return taken;
}
