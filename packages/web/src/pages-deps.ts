import type { AppLog, AppMetrics, BookingView, ConfigStore, NationalScheduleStore } from '@openhall/domain';
import type { BookingService, PhoneVerificationUseCases } from '@openhall/services';

/** What the citizen pages need: the tenant configuration, the booking use cases and the clock. */
export interface PagesDeps {
  configStore: ConfigStore;
  /** The platform's published national schedules, which the pages' calendars read. */
  nationalScheduleStore: NationalScheduleStore;
  /**
   * Bookings come back with the one-time notice (一次告知) they were given, which the pages show
   * instead of today's configuration: a later edit of the materials must not change the promise.
   */
  bookingService: BookingService<BookingView>;
  /** SMS codes, and "my bookings" for a confirmed phone. */
  phoneVerification: PhoneVerificationUseCases;
  now: () => Date;
  /** Where failures are logged (Powertools under Lambda); readable lines on stderr when not given. */
  log?: AppLog;
  /** Counts failures (CloudWatch EMF under Lambda). */
  metrics?: AppMetrics;
}
