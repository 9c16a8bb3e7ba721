import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { TokenVerifier } from '@openhall/api';
import type { Notifier } from '@openhall/domain';
import {
  BookingUseCases,
  createKeyedHasher,
  PhoneVerificationUseCases,
  UnavailableNotifier,
} from '@openhall/services';
import {
  DynamoBookingStore,
  DynamoConfigStore,
  DynamoNationalScheduleStore,
  DynamoPhoneVerificationStore,
  DynamoRateLimiter,
  DynamoStoreHealth,
} from '@openhall/store';
import type { DevOutbox } from '@openhall/web';
import { createApp } from './create-app.js';

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
   * Sends SMS codes: local development and tests pass an `OutboxNotifier`. Without one (Lambda, until
   * a provider adapter exists) sending refuses with `sms_unavailable`, so no code is ever faked.
   */
  notifier?: Notifier;
  /** Local development only: shows this outbox at `/dev/outbox`. Never in a deployment. */
  devOutbox?: DevOutbox;
  /** The clock; tests pass one they can move. */
  now?: () => Date;
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
  const deps = {
    configStore,
    nationalScheduleStore,
    bookingStore,
    rateLimiter: new DynamoRateLimiter(client, tableName),
    hasher: createKeyedHasher(options.hashSecret),
    verificationStore: new DynamoPhoneVerificationStore(client, tableName),
    now,
  };
  const bookingService = new BookingUseCases(deps);
  const phoneVerification = new PhoneVerificationUseCases({
    ...deps,
    notifier: options.notifier ?? new UnavailableNotifier(),
  });
  const app = createApp({
    configStore,
    nationalScheduleStore,
    bookingStore,
    storeHealth: new DynamoStoreHealth(client, tableName),
    verifier: options.verifier,
    bookingService,
    phoneVerification,
    now,
    ...(options.requestDeadlineMs ? { requestDeadlineMs: options.requestDeadlineMs } : {}),
    ...(options.devOutbox ? { devOutbox: options.devOutbox } : {}),
  });
  return { app, configStore, nationalScheduleStore, bookingService, phoneVerification };
}
