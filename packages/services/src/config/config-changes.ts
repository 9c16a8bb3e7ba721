import {
  type BookingPolicy,
  type CalendarOverride,
  IdMismatchError,
  mergePatch,
  NotFoundError,
  OverrideNotFoundError,
  type TenantConfig,
} from '@openhall/domain';
import type { ConfigChange } from './change-config.js';

/** The lists of a configuration an admin edits item by item, and what one item of each is called. */
export const CONFIG_COLLECTIONS = {
  halls: 'hall',
  departments: 'department',
  windows: 'window',
  matters: 'matter',
  /** The staff directory (issue 13: edited by the district admin like the other lists). */
  staff: 'staff member',
} as const;
export type ConfigCollection = keyof typeof CONFIG_COLLECTIONS;

function indexOf(config: TenantConfig, collection: ConfigCollection, id: string): number {
  const index = config[collection].findIndex((item) => item.id === id);
  const label = CONFIG_COLLECTIONS[collection];
  if (index < 0) throw new NotFoundError(`${label} "${id}"`, `${label}_not_found`);
  return index;
}

/** The whole configuration replaced; the writer must name the version it replaces. */
export function replaceConfig(config: unknown): ConfigChange {
  return { action: 'PUT config', requireExpectedVersion: true, apply: () => config };
}

/** The configuration merge-patched (RFC 7396). */
export function patchConfig(patch: unknown): ConfigChange {
  return { action: 'PATCH config', apply: (current) => mergePatch(current, patch) };
}

export function replaceBookingPolicy(bookingPolicy: BookingPolicy): ConfigChange {
  return { action: 'PUT booking-policy', apply: (current) => ({ ...current, bookingPolicy }) };
}

/** One hall, department, window or matter created or replaced; its id must be the one it goes under. */
export function putItem(collection: ConfigCollection, itemId: string, item: { id: string }): ConfigChange {
  return {
    action: `PUT ${collection}/${itemId}`,
    apply: (config) => {
      if (item.id !== itemId) throw new IdMismatchError(item.id, itemId);
      const list = config[collection] as { id: string }[];
      const index = list.findIndex((x) => x.id === itemId);
      if (index < 0) list.push(item);
      else list[index] = item;
      return config;
    },
  };
}

/** One item merge-patched (RFC 7396); its id stays. */
export function patchItem(collection: ConfigCollection, itemId: string, patch: unknown): ConfigChange {
  return {
    action: `PATCH ${collection}/${itemId}`,
    apply: (config) => {
      const index = indexOf(config, collection, itemId);
      const list = config[collection] as unknown[];
      list[index] = { ...(mergePatch(list[index], patch) as object), id: itemId };
      return config;
    },
  };
}

/**
 * One item removed. A matter or window an active booking still needs is retired instead
 * (`retired: true`): not offered to new bookings, kept for the bookings that have it.
 */
export function removeItem(collection: ConfigCollection, itemId: string): ConfigChange {
  const action = `DELETE ${collection}/${itemId}`;
  const remove: ConfigChange = {
    action,
    apply: (config) => {
      config[collection].splice(indexOf(config, collection, itemId), 1);
      return config;
    },
  };
  if (collection !== 'matters' && collection !== 'windows') return remove;
  return {
    ...remove,
    retireInstead: {
      needs: (b) => (collection === 'matters' ? b.matterId === itemId : b.windowId === itemId),
      action: `${action} (retired: active bookings need it)`,
      apply: (config) => {
        const item = config[collection][indexOf(config, collection, itemId)]!;
        item.retired = true;
        return config;
      },
    },
  };
}

function onDate(date: string, hallId: string | undefined): string {
  return `calendar-overrides/${date}${hallId ? `?hallId=${hallId}` : ''}`;
}

/** The override of a date set, for one hall or (without `hallId`) for all halls. */
export function setCalendarOverride(date: string, override: Omit<CalendarOverride, 'date'>): ConfigChange {
  return {
    action: `PUT ${onDate(date, override.hallId)}`,
    apply: (config) => ({
      ...config,
      calendarOverrides: [
        ...config.calendarOverrides.filter((o) => !(o.date === date && o.hallId === override.hallId)),
        { ...override, date },
      ],
    }),
  };
}

export function removeCalendarOverride(date: string, hallId: string | undefined): ConfigChange {
  return {
    action: `DELETE ${onDate(date, hallId)}`,
    apply: (config) => {
      const kept = config.calendarOverrides.filter((o) => !(o.date === date && o.hallId === hallId));
      if (kept.length === config.calendarOverrides.length) throw new OverrideNotFoundError(date, hallId);
      return { ...config, calendarOverrides: kept };
    },
  };
}
