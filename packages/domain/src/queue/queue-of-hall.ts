import { findHall } from '../calendar/hall-day.js';
import type { TenantConfig } from '../tenant/tenant-config.js';
import { type HallQueue, HallQueueRulesSchema, type ServiceCategory } from './hall-queue.js';

const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * A hall's queue configuration: its own when set, else one category per department with serving
 * windows in the hall (prefix A, B, C … in configuration order; the matters that department serves
 * there), with the default rules. Assumption recorded in the seed's ASSUMPTIONS.md.
 */
export function queueOfHall(
  config: Pick<TenantConfig, 'halls' | 'departments' | 'windows' | 'matters'>,
  hallId: string,
): HallQueue {
  const hall = findHall({ halls: config.halls, calendarOverrides: [] }, hallId);
  if (hall.queue) return hall.queue;
  const windows = config.windows.filter(
    (w) => w.hallId === hallId && !w.retired && !['consultation', 'cashier', 'certificate'].includes(w.kind),
  );
  const categories: ServiceCategory[] = [];
  for (const department of config.departments) {
    const own = windows.filter((w) => w.departmentId === department.id);
    if (own.length === 0 || categories.length >= LETTERS.length) continue;
    const ids = new Set(own.map((w) => w.id));
    categories.push({
      id: department.id,
      prefix: LETTERS[categories.length]!,
      name: department.name,
      windowIds: own.map((w) => w.id),
      matterIds: config.matters
        .filter((m) => !m.retired && m.windowIds.some((id) => ids.has(id)))
        .map((m) => m.id),
    });
  }
  return { categories, rules: HallQueueRulesSchema.parse({}) };
}

/** The categories a window calls. */
export function categoriesOfWindow(queue: HallQueue, windowId: string): ServiceCategory[] {
  return queue.categories.filter((c) => c.windowIds.includes(windowId));
}
