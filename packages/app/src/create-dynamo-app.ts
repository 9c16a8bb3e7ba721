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
import type { DevOutbox, StaffSignIn } from '@openhall/web';
import { createApp } from './create-app.js';
import { createCare } from './create-care.js';
import { createDynamoStores, notifierOf } from './create-dynamo-stores.js';

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
  const stores = createDynamoStores(client, tableName);
  const { configStore, nationalScheduleStore, bookingStore, rotaStore, reportStore, queueStore, careStore } =
    stores;
  const deps = {
    configStore,
    nationalScheduleStore,
    bookingStore,
    rotaStore,
    rateLimiter: stores.rateLimiter,
    hasher: createKeyedHasher(options.hashSecret),
    verificationStore: stores.verificationStore,
    now,
    ...(options.metrics ? { metrics: options.metrics } : {}),
  };
  const bookingService = new BookingUseCases(deps);
  const desk = new DeskUseCases({ ...deps, deskStore: stores.deskStore });
  const notifier = notifierOf(options, stores, now);
  const phoneVerification = new PhoneVerificationUseCases({ ...deps, notifier });
  const queueService = new QueueUseCases({ ...deps, queueStore });
  const care = createCare({ careStore, configStore, nationalScheduleStore, queueStore, now });
  const alerts = new StaffAlertUseCases({ alertStore: stores.alertStore, now });
  const app = createApp({
    configStore,
    alerts,
    nationalScheduleStore,
    bookingStore,
    rotaStore,
    leaveApplications: stores.leaveApplications,
    reportStore,
    storeHealth: stores.storeHealth,
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
