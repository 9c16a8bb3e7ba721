import type { ConfigStore } from '@openhall/domain';
import type { BookingService } from '../booking/booking-service.js';

/** What the citizen pages need: the tenant configuration, the booking use cases and the clock. */
export interface PagesDeps {
  configStore: ConfigStore;
  bookingService: BookingService;
  now: () => Date;
}
