import type {
  BookingStore,
  ConfigStore,
  JobStore,
  Notifier,
  OnceStore,
  Scheduler,
  StaffAlerts,
} from '@openhall/domain';

/** What the reminder and lateness work runs on. */
export interface ReminderDeps {
  configStore: Pick<ConfigStore, 'getConfig'>;
  bookingStore: Pick<BookingStore, 'getBooking'>;
  scheduler: Scheduler;
  notifier: Notifier;
  staffAlerts: StaffAlerts;
  onceStore: OnceStore;
  jobStore: JobStore;
  now: () => Date;
}
