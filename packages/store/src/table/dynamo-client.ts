import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DEFAULT_REGION } from './env.js';

export interface DocumentClientOptions {
  /** DynamoDB Local's URL; leave unset for the real service. */
  endpoint?: string;
  /** Unset: the SDK's own resolution (Lambda sets AWS_REGION), or the default region for DynamoDB Local. */
  region?: string;
  /** SDK attempts per request; the readiness probe of DynamoDB Local uses 1. */
  maxAttempts?: number;
}

/**
 * DynamoDB Local keeps data per access key and region unless started shared; fixed fake
 * credentials keep every local client looking at the same data and never reach for real ones.
 */
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

/** The single DocumentClient factory; every adapter receives the client instead of making one. */
export function createDocumentClient(options: DocumentClientOptions = {}): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    ...(options.region ? { region: options.region } : {}),
    ...(options.endpoint
      ? {
          endpoint: options.endpoint,
          credentials: LOCAL_CREDENTIALS,
          region: options.region ?? DEFAULT_REGION,
        }
      : {}),
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
  });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
}
