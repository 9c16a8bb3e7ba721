import {
  type Booking,
  type BookingStore,
  BookingsStrandedError,
  type ConfigStore,
  fieldErrorsOf,
  IfMatchRequiredError,
  InvalidConfigError,
  isActiveBooking,
  StaleVersionError,
  type StoredConfig,
  type StrandedBooking,
  strandableHallDays,
  strandedBookings,
  type TenantConfig,
  TenantConfigSchema,
  toShanghaiIso,
} from '@openhall/domain';
import { bookingsOfHallDays } from './bookings-of-hall-days.js';
import { loadTenantConfig } from './load-tenant-config.js';
import { markStranded } from './mark-stranded.js';

/** One change of a tenant's configuration, as `config-changes.ts` builds them. */
export interface ConfigChange {
  /** What the audit trail says was done, e.g. "PATCH halls/zibo-center". */
  action: string;
  /** The whole new configuration, not yet validated; may throw a domain error (an item not found). */
  apply: (current: TenantConfig) => unknown;
  /** Whether the writer must say which version it replaces (whole-document writes). */
  requireExpectedVersion?: boolean;
  /**
   * A removal that becomes a retirement while an active booking still needs the item (`needs`):
   * `apply` then marks it retired instead of deleting it, so those bookings keep what they refer to.
   */
  retireInstead?: {
    needs: (booking: Booking) => boolean;
    action: string;
    apply: (current: TenantConfig) => unknown;
  };
}

export interface ChangeConfigRequest {
  tenantId: string;
  /** Who changes it, for the audit trail: the principal's `sub`. */
  actor: string;
  change: ConfigChange;
  /** The version the writer edited (If-Match); without it the change applies to the current one. */
  expectedVersion?: number | undefined;
  /** The writer accepts stranding active bookings: the change is saved and they are marked. */
  confirmStranded?: boolean;
  now: Date;
}

/** The configuration as now stored, and the active bookings the change stranded (and marked). */
export interface ChangedConfig extends StoredConfig {
  stranded: StrandedBooking[];
}

/**
 * The one path every configuration change takes: read, apply, validate the whole result, find the
 * active bookings it would strand, then write it conditionally on the version read, so concurrent
 * edits never overwrite each other. A change that strands bookings is refused
 * (`BookingsStrandedError`) unless the writer confirms it; then it is saved and those bookings are
 * marked. A removal of a matter or window an active booking needs retires it instead.
 * Refusals are named domain errors.
 */
export async function changeConfig(
  ports: { configStore: ConfigStore; bookingStore: BookingStore },
  request: ChangeConfigRequest,
): Promise<ChangedConfig> {
  const { tenantId, change, expectedVersion, now } = request;
  if (change.requireExpectedVersion && expectedVersion === undefined) throw new IfMatchRequiredError();
  const current = await loadTenantConfig(ports.configStore, tenantId);
  if (expectedVersion !== undefined && expectedVersion !== current.version) {
    throw new StaleVersionError(expectedVersion, current.version);
  }
  let action = change.action;
  let next: TenantConfig;
  let bookings: Booking[];
  const retire = change.retireInstead;
  if (retire) {
    // The hall-days the removal touches (even of an item retired already), read once; then which it is.
    const removed = change.apply(structuredClone(current.config)) as TenantConfig;
    bookings = await bookingsOfHallDays(
      ports.bookingStore,
      tenantId,
      strandableHallDays(current.config, removed, now),
    );
    const needed = bookings.some((b) => isActiveBooking(b, now) && retire.needs(b));
    if (needed) action = retire.action;
    next = validated(tenantId, needed ? retire.apply(structuredClone(current.config)) : removed);
  } else {
    next = validated(tenantId, change.apply(structuredClone(current.config)));
    const hallDays = strandableHallDays(current.config, next, now);
    bookings = await bookingsOfHallDays(ports.bookingStore, tenantId, hallDays);
  }
  const stranded = strandedBookings({ before: current.config, after: next, bookings, now });
  if (stranded.length > 0 && !request.confirmStranded) throw new BookingsStrandedError(stranded);
  const saved = await ports.configStore.saveConfig({
    tenantId,
    config: next,
    expectedVersion: current.version,
    actor: request.actor,
    action,
    at: toShanghaiIso(now),
  });
  await markStranded(ports, { tenantId, stranded, actor: request.actor, configVersion: saved.version, now });
  return { ...saved, stranded };
}

/** The whole new configuration, checked: valid, and still the tenant's own. */
function validated(tenantId: string, candidate: unknown): TenantConfig {
  const parsed = TenantConfigSchema.safeParse(candidate);
  if (!parsed.success) {
    throw new InvalidConfigError('The configuration would not be valid.', fieldErrorsOf(parsed.error));
  }
  if (parsed.data.tenant.id !== tenantId) {
    throw new InvalidConfigError('The tenant id cannot change.', [
      { path: '/tenant/id', message: `must be "${tenantId}"`, code: 'immutable' },
    ]);
  }
  return parsed.data;
}
