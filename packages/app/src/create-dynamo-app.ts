import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { TokenVerifier } from '@openhall/api';
import { BookingUseCases, createKeyedHasher } from '@openhall/services';
import {
  DynamoBookingStore,
  DynamoConfigStore,
  DynamoNationalScheduleStore,
  DynamoRateLimiter,
  DynamoStoreHealth,
} from '@openhall/store';
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
  const bookingService = new BookingUseCases({
    configStore,
    nationalScheduleStore,
    bookingStore,
    rateLimiter: new DynamoRateLimiter(client, tableName),
    hasher: createKeyedHasher(options.hashSecret),
    now,
  });
  const storeHealth = new DynamoStoreHealth(client, tableName);
  const app = createApp({
    configStore,
    nationalScheduleStore,
    bookingStore,
    storeHealth,
    verifier: options.verifier,
    bookingService,
    now,
    ...(options.requestDeadlineMs ? { requestDeadlineMs: options.requestDeadlineMs } : {}),
  });
  return { app, configStore, nationalScheduleStore, bookingService };
}
