import type {
  BookingStore,
  ConfigStore,
  JobStore,
  Notifier,
  OnceStore,
  Scheduler,
  StaffAlertStore,
  StaffAlerts,
} from '@openhall/domain';

/** What the reminder and lateness work runs on. */
export interface ReminderDeps {
  configStore: Pick<ConfigStore, 'getConfig'>;
  bookingStore: Pick<BookingStore, 'getBooking'>;
  scheduler: Scheduler;
  notifier: Notifier;
  staffAlerts: StaffAlerts;
  /** The members' alert lists (我的提醒) the lateness check and the morning job write to. */
  alertStore: StaffAlertStore;
  onceStore: OnceStore;
  jobStore: JobStore;
  now: () => Date;
}
