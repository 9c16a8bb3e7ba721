import {
  type AvailabilityView,
  availabilityOf,
  type BookingChannel,
  matterWindowsInHall,
  NotFoundError,
  type PlacesTaken,
} from '@openhall/domain';
import { rosteredPlacesOf } from '../rota/rostered-places-of.js';
import type { BookingDeps } from './booking-deps.js';
import type { AvailabilityQuery } from './booking-service.js';
import { tenantConfigOf } from './tenant-config-of.js';

export interface GetAvailabilityInput extends AvailabilityQuery {
  tenantId: string;
  /** Who would book: online sees the places left after the desk and phone holdback. */
  channel: BookingChannel;
}

/**
 * The slots a channel may book now for one matter, hall and day, with the places left in each:
 * the domain's `availabilityOf` over the place counters of the matter's windows in that hall.
 */
export async function getAvailability(
  deps: Pick<BookingDeps, 'configStore' | 'nationalScheduleStore' | 'bookingStore' | 'rotaStore' | 'now'>,
  input: GetAvailabilityInput,
): Promise<AvailabilityView> {
  const { tenantId, matterId, hallId, date, channel } = input;
  const now = deps.now();
  const config = await tenantConfigOf(deps, tenantId);
  const matter = config.matters.find((m) => m.id === matterId);
  if (!matter) throw new NotFoundError(`matter "${matterId}"`, 'matter_not_found');
  if (!config.halls.some((h) => h.id === hallId)) {
    throw new NotFoundError(`hall "${hallId}"`, 'hall_not_found');
  }
  const windowIds = matterWindowsInHall(matter, config.windows, hallId).map((w) => w.id);
  const [taken, rostered] = await Promise.all([
    windowIds.length === 0
      ? (new Map() as PlacesTaken)
      : deps.bookingStore.placesTaken(tenantId, { hallId, date, windowIds }),
    rosteredPlacesOf(deps, tenantId, hallId, date),
  ]);
  return availabilityOf({
    config,
    matter,
    hallId,
    date,
    now,
    channel,
    taken,
    ...(rostered ? { rostered } : {}),
  });
}
