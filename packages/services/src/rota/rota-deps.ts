import type { BookingStore, ConfigStore, NationalScheduleStore, RotaStore } from '@openhall/domain';

/** What the rota use cases run on. */
export interface RotaDeps {
  configStore: ConfigStore;
  nationalScheduleStore: NationalScheduleStore;
  bookingStore: BookingStore;
  rotaStore: RotaStore;
  now: () => Date;
}
