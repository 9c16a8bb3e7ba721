import type { DeskStore, StaffRole } from '@openhall/domain';
import type { BookingDeps } from '../booking/booking-deps.js';

/** What the desk's use cases run on: the booking use cases' ports, the desk store and event ids. */
export type DeskDeps = Pick<
  BookingDeps,
  | 'configStore'
  | 'nationalScheduleStore'
  | 'bookingStore'
  | 'rateLimiter'
  | 'hasher'
  | 'now'
  | 'randomBytes'
  | 'sleep'
  | 'random'
> & {
  deskStore: DeskStore;
  /** Unique ids of the events written; random UUIDs unless a test passes its own. */
  eventId?: () => string;
};

/** Who is acting, from the authenticated principal: the directory id and the roles the token holds. */
export interface StaffCaller {
  id: string;
  roles: readonly StaffRole[];
}
