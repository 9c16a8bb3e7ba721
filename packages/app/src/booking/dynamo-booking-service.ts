import type { ConfigStore } from '@openhall/domain';
import { DynamoBookingStore, DynamoRateLimiter } from '@openhall/store';
import { BookingUseCases } from './booking-use-cases.js';
import { createKeyedHasher } from './keyed-hasher.js';

export interface DynamoBookingServiceOptions {
  /** The one DocumentClient of the process (`createDocumentClient`). */
  client: ConstructorParameters<typeof DynamoBookingStore>[0];
  tableName: string;
  configStore: ConfigStore;
  /** Secret of the keyed phone and client hashes; at least 32 characters, kept outside the table. */
  hashSecret: string;
  now: () => Date;
}

/** The booking use cases on the single DynamoDB table, as Lambda and the local product run them. */
export function createDynamoBookingService(options: DynamoBookingServiceOptions): BookingUseCases {
  return new BookingUseCases({
    configStore: options.configStore,
    bookingStore: new DynamoBookingStore(options.client, options.tableName),
    rateLimiter: new DynamoRateLimiter(options.client, options.tableName),
    hasher: createKeyedHasher(options.hashSecret),
    now: options.now,
  });
}
