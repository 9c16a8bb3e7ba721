import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { TokenVerifier } from '@openhall/api';
import type { AppLog, AppMetrics, Notifier } from '@openhall/domain';
import {
  BookingUseCases,
  createKeyedHasher,
  DeskUseCases,
  PhoneVerificationUseCases,
  QueueUseCases,
  type SmsGateway,
  StaffAlertUseCases,
} from '@openhall/services';
import {
  DynamoBookingStore,
  DynamoConfigStore,
  DynamoDeskStore,
  DynamoLeaveApplicationStore,
  DynamoNationalScheduleStore,
  DynamoPhoneVerificationStore,
  DynamoQueueStore,
  DynamoRateLimiter,
  DynamoReportStore,
  DynamoRotaStore,
  DynamoStaffAlertStore,
  DynamoStoreHealth,
} from '@openhall/store';
import type { DevOutbox, StaffSignIn } from '@openhall/web';
import { createApp } from './create-app.js';
import { createCare } from './create-care.js';
import { createSmsNotifier } from './create-sms-notifier.js';

export interface DynamoAppOptions {
  /** The one DocumentClient of the process (`createDocumentClient`). */
  client: DynamoDBDocumentClient;
  tableName: string;
  /** Secret of the keyed phone and client hashes; at least 32 characters, kept outside the table. */
  hashSecret: string;
  verifier: TokenVerifier;
  /** The most one request may take; the API's deadline unless given. */
  requestDeadlineMs?: number;
  /**
   * Sends SMS as it is: local development and tests pass an `OutboxNotifier`. Wins over `smsGateway`.
   */
  notifier?: Notifier;
  /**
   * The providers (the Lambda's `ProviderSmsGateway`): each tenant's SMS go through the provider its
   * configuration names, once per idempotency key (the ledger on this table). Without it or a
   * `notifier`, sending refuses with `sms_unavailable`, so no code is ever faked.
   */
  smsGateway?: SmsGateway;
  /** Local development only: shows this outbox at `/dev/outbox`. Never in a deployment. */
  devOutbox?: DevOutbox;
  /** How staff sign in to their pages: the local issuer's page, or the hosted sign-in in AWS. */
  staffSignIn?: StaffSignIn;
  /** The clock; tests pass one they can move. */
  now?: () => Date;
  /** Where the app logs (Powertools under Lambda); a readable stderr log when not given. */
  log?: AppLog;
  /** Business counters (CloudWatch EMF under Lambda); none when not given. */
  metrics?: AppMetrics;
}

/**
 * The product on the single DynamoDB table: stores, use cases and the HTTP app, wired once. The
 * Lambda entry, `pnpm start`, `pnpm bench` and the test harnesses all build it here.
 */
export function createDynamoApp(options: DynamoAppOptions) {
  const { client, tableName } = options;
  const now = options.now ?? (() => new Date());
  const configStore = new DynamoConfigStore(client, tableName);
  const nationalScheduleStore = new DynamoNationalScheduleStore(client, tableName);
  const bookingStore = new DynamoBookingStore(client, tableName);
  const rotaStore = new DynamoRotaStore(client, tableName);
  const reportStore = new DynamoReportStore(client, tableName);
  const deps = {
    configStore,
    nationalScheduleStore,
    bookingStore,
    rotaStore,
    rateLimiter: new DynamoRateLimiter(client, tableName),
    hasher: createKeyedHasher(options.hashSecret),
    verificationStore: new DynamoPhoneVerificationStore(client, tableName),
    now,
    ...(options.metrics ? { metrics: options.metrics } : {}),
  };
  const bookingService = new BookingUseCases(deps);
  const desk = new DeskUseCases({ ...deps, deskStore: new DynamoDeskStore(client, tableName) });
  const notifier =
    options.notifier ??
    createSmsNotifier({
      client,
      tableName,
      configStore,
      now,
      ...(options.smsGateway ? { smsGateway: options.smsGateway } : {}),
      ...(options.metrics ? { metrics: options.metrics } : {}),
      ...(options.log ? { log: options.log } : {}),
    });
  const phoneVerification = new PhoneVerificationUseCases({ ...deps, notifier });
  const queueStore = new DynamoQueueStore(client, tableName);
  const queueService = new QueueUseCases({ ...deps, queueStore });
  const { care, careStore } = createCare({
    client,
    tableName,
    configStore,
    nationalScheduleStore,
    queueStore,
    now,
  });
  const alerts = new StaffAlertUseCases({
    alertStore: new DynamoStaffAlertStore(client, tableName),
    now,
  });
  const app = createApp({
    configStore,
    alerts,
    nationalScheduleStore,
    bookingStore,
    rotaStore,
    leaveApplications: new DynamoLeaveApplicationStore(client, tableName),
    reportStore,
    storeHealth: new DynamoStoreHealth(client, tableName),
    verifier: options.verifier,
    bookingService,
    desk,
    phoneVerification,
    care,
    queueService,
    now,
    ...(options.requestDeadlineMs ? { requestDeadlineMs: options.requestDeadlineMs } : {}),
    ...(options.devOutbox ? { devOutbox: options.devOutbox } : {}),
    ...(options.staffSignIn ? { staffSignIn: options.staffSignIn } : {}),
    ...(options.log ? { log: options.log } : {}),
    ...(options.metrics ? { metrics: options.metrics } : {}),
  });
  return {
    app,
    alerts,
    notifier,
    configStore,
    nationalScheduleStore,
    bookingService,
    desk,
    phoneVerification,
    rotaStore,
    care,
    careStore,
    queueService,
    reportStore,
  };
}
