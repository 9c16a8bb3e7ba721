import { createApp, createCognitoVerifier, createDynamoBookingService } from '@openhall/app';
import { createDocumentClient, DynamoConfigStore } from '@openhall/store';
import { handle } from 'hono/aws-lambda';
import { loadConfig } from './config.js';

// Built once per cold start: the SDK client keeps its connections and the verifier caches the JWKS.
const config = loadConfig();
const documentClient = createDocumentClient();
const configStore = new DynamoConfigStore(documentClient, config.tableName);
const now = () => new Date();

const app = createApp({
  configStore,
  verifier: createCognitoVerifier({ issuer: config.cognitoIssuer, audience: config.cognitoAudience }),
  bookingService: createDynamoBookingService({
    client: documentClient,
    tableName: config.tableName,
    configStore,
    hashSecret: config.phoneHashSecret,
    now,
  }),
  now,
});

/** API Gateway HTTP API (payload v2.0) entry point; all routing lives in the shared app. */
export const handler = handle(app);
