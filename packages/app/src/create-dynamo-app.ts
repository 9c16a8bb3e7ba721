import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { TokenVerifier } from '@openhall/api';
import type { Notifier } from '@openhall/domain';
import {
  BookingUseCases,
  createKeyedHasher,
  type OutboxNotifier,
  PhoneVerificationUseCases,
} from '@openhall/services';
import {
  DynamoBookingStore,
  DynamoConfigStore,
  DynamoPhoneVerificationStore,
  DynamoRateLimiter,
} from '@openhall/store';
import { createApp } from './create-app.js';

export interface DynamoAppOptions {
  /** The one DocumentClient of the process (`createDocumentClient`). */
  client: DynamoDBDocumentClient;
  tableName: string;
  /** Secret of the keyed phone and client hashes; at least 32 characters, kept outside the table. */
  hashSecret: string;
  verifier: TokenVerifier;
  /**
   * Sends SMS codes. Lambda passes one that refuses (`sms_unavailable`) until a provider adapter
   * exists; local development and tests an `OutboxNotifier`.
   */
  notifier: Notifier;
  /** Local development only: shows this outbox at `/dev/outbox`. Never in a deployment. */
  devOutbox?: OutboxNotifier;
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
  const deps = {
    configStore,
    bookingStore: new DynamoBookingStore(client, tableName),
    rateLimiter: new DynamoRateLimiter(client, tableName),
    hasher: createKeyedHasher(options.hashSecret),
    verificationStore: new DynamoPhoneVerificationStore(client, tableName),
    now,
  };
  const bookingService = new BookingUseCases(deps);
  const phoneVerification = new PhoneVerificationUseCases({ ...deps, notifier: options.notifier });
  const app = createApp({
    configStore,
    verifier: options.verifier,
    bookingService,
    phoneVerification,
    now,
    ...(options.devOutbox ? { devOutbox: options.devOutbox } : {}),
  });
  return { app, configStore, bookingService, phoneVerification };
}
