import type { BookingStore, ConfigStore, NationalScheduleStore, QueueStore } from '@openhall/domain';
import type { KeyedHasher } from '../booking/keyed-hasher.js';

/** What the queue use cases run on. */
export interface QueueDeps {
  configStore: ConfigStore;
  nationalScheduleStore: NationalScheduleStore;
  queueStore: QueueStore;
  bookingStore: BookingStore;
  hasher: KeyedHasher;
  now: () => Date;
  randomBytes?: (n: number) => Uint8Array;
}

/** Who acts on a staff route: their directory id and roles (the tenant is the route's, already checked). */
export interface StaffActor {
  staffId: string;
  roles: readonly string[];
}
