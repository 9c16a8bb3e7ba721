import type { TokenVerifier } from '@openhall/api';
import type {
  AppLog,
  AppMetrics,
  BookingStore,
  BookingView,
  ConfigStore,
  LeaveApplicationStore,
  NationalScheduleStore,
  ReportStore,
  RotaStore,
} from '@openhall/domain';
import type {
  BookingService,
  CareUseCases,
  DeskUseCases,
  PhoneVerificationUseCases,
  QueueUseCases,
  StaffAlertUseCases,
} from '@openhall/services';
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
  /** Visits, ratings, follow-ups and complaints (the citizen and staff care pages). */
  care?: CareUseCases;
  /** The signed-in member's alert list (我的提醒) and the badge on the staff home. */
  alerts?: StaffAlertUseCases;
  /** 取号/叫号: kiosk, board, the citizen's ticket and the window screen. */
  queueService: QueueUseCases;
  now: () => Date;
  /** The desk's flow behind the desk console, dispatch board, window list and ledger pages. */
  desk?: DeskUseCases;
  /** The report counters the district and provincial report pages read (the app always has them). */
  reportStore?: ReportStore;
  /** Checks the staff pages' tokens: the API's own verifier. */
  verifier: TokenVerifier;
  /** Duty rotas: the admin console's rota pages need it and the booking store (stranded bookings). */
  rotaStore?: RotaStore;
  /** 调休申请: the time-off pages (我的调休, 调休审批) need it with the rota store. */
  leaveApplications?: LeaveApplicationStore;
  bookingStore?: BookingStore;
  /** How staff sign in to their pages; without it the staff pages say sign-in is unavailable. */
  staffSignIn?: StaffSignIn;
  /** Where failures are logged (Powertools under Lambda); readable lines on stderr when not given. */
  log?: AppLog;
  /** Counts failures (CloudWatch EMF under Lambda). */
  metrics?: AppMetrics;
}
