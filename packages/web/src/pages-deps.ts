import type { TokenVerifier } from '@openhall/api';
import type { BookingView, ConfigStore, NationalScheduleStore, ReportStore } from '@openhall/domain';
import type { BookingService, PhoneVerificationUseCases } from '@openhall/services';
import type { StaffSignIn } from './staff/session/staff-sign-in.js';

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
  /** The report counters the district and provincial report pages read (the app always has them). */
  reportStore?: ReportStore;
  /** Checks the staff pages' tokens: the API's own verifier. */
  verifier: TokenVerifier;
  /** How staff sign in to their pages; without it the staff pages say sign-in is unavailable. */
  staffSignIn?: StaffSignIn;
}
