import type {
  AppLog,
  AppMetrics,
  BookingStore,
  ConfigStore,
  LeaveApplicationStore,
  NationalScheduleStore,
  ReportStore,
  RotaStore,
  StoreHealth,
} from '@openhall/domain';
import type {
  BookingApiService,
  CareUseCases,
  DeskUseCases,
  PhoneVerificationUseCases,
  QueueUseCases,
  StaffAlertUseCases,
} from '@openhall/services';
import type { TokenVerifier } from './auth/token-verifier.js';

/** What the HTTP app needs from the outside world; Lambda and the local runtime wire it differently. */
export interface ApiDeps {
  configStore: ConfigStore;
  /** The platform's national schedules (State Council), shared by every tenant. */
  nationalScheduleStore: NationalScheduleStore;
  /** Read and marked by configuration changes that strand active bookings. */
  bookingStore: BookingStore;
  /** Duty rotas (one item per hall-day) and time-off ledgers; the rota routes need it. */
  rotaStore?: RotaStore;
  /** 调休申请: a member's leave requests and the pending list; the leave routes need it. */
  leaveApplications?: LeaveApplicationStore;
  verifier: TokenVerifier;
  /** The citizen booking use cases (JSON API and pages). */
  bookingService: BookingApiService;
  /** The health check's one cheap read of the store (`GET /healthz`). */
  storeHealth: StoreHealth;
  /** The most one request may take (`REQUEST_DEADLINE_MS` unless given); load tests that queue on purpose raise it. */
  requestDeadlineMs?: number;
  /** SMS codes for a citizen's phone, and "my bookings" for a confirmed phone. */
  phoneVerification: PhoneVerificationUseCases;
  /** The desk's flow: desk and phone requests, dispatch, handling, lateness, staff changes, ledger. */
  desk: DeskUseCases;
  /** Visits, ratings and follow-ups, complaints and special cases (上门, 好差评, 投诉, 特事特办). */
  care?: CareUseCases;
  /** A member's own alert list (我的提醒): late bookings and care items near or past their deadline. */
  alerts?: StaffAlertUseCases;
  /** 取号/叫号 and the service records of the hall's day. */
  queueService: QueueUseCases;
  /** The report counters the events keep, read by the district and provincial reports. */
  reportStore: ReportStore;
  /** The clock; tests pass a fixed one. */
  now: () => Date;
  /** Where failures are logged (Powertools under Lambda); readable lines on stderr when not given. */
  log?: AppLog;
  /** Counts failures (CloudWatch EMF under Lambda). */
  metrics?: AppMetrics;
}
