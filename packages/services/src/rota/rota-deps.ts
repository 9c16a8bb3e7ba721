import type { BookingStore, ConfigStore, NationalScheduleStore, RotaStore } from '@openhall/domain';

/** What the rota use cases run on. */
export interface RotaDeps {
  configStore: ConfigStore;
  nationalScheduleStore: NationalScheduleStore;
  bookingStore: BookingStore;
  rotaStore: RotaStore;
  now: () => Date;
  /** Waits between the tries of a save that bookings overtook (tests pass a fake). */
  sleep?: (ms: number) => Promise<void>;
}
