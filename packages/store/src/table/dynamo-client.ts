import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DEFAULT_REGION } from './env.js';

export interface DocumentClientOptions {
  /** DynamoDB Local's URL; leave unset for the real service. */
  endpoint?: string;
  /** Unset: the SDK's own resolution (Lambda sets AWS_REGION), or the default region for DynamoDB Local. */
  region?: string;
  /** SDK attempts per request (`DYNAMO_MAX_ATTEMPTS` by default); the readiness probe of DynamoDB Local uses 1. */
  maxAttempts?: number;
}

/**
 * How long DynamoDB may take before a request is given up: a connection opens in milliseconds and
 * a request answers in tens of them, so these bounds only ever cut off a store that is away. With
 * the SDK's retries one call gives up after about 3 × 2 s, inside the API's deadline per request
 * (`REQUEST_DEADLINE_MS` in @openhall/api), which is inside the Lambda's 10 s and API Gateway's 30 s.
 */
export const DYNAMO_CONNECTION_TIMEOUT_MS = 1_000;
export const DYNAMO_REQUEST_TIMEOUT_MS = 2_000;
export const DYNAMO_MAX_ATTEMPTS = 3;

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
    maxAttempts: options.maxAttempts ?? DYNAMO_MAX_ATTEMPTS,
    requestHandler: {
      connectionTimeout: DYNAMO_CONNECTION_TIMEOUT_MS,
      requestTimeout: DYNAMO_REQUEST_TIMEOUT_MS,
      // Without it the SDK only logs a warning when the request timeout passes, and keeps waiting.
      throwOnRequestTimeout: true,
    },
  });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
}
