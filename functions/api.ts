import { createApp, createCognitoVerifier } from '@openhall/app';
import { createDocumentClient, DynamoConfigStore } from '@openhall/store';
import { handle } from 'hono/aws-lambda';
import { loadConfig } from './config.js';

// Built once per cold start: the SDK client keeps its connections and the verifier caches the JWKS.
const config = loadConfig();
const documentClient = createDocumentClient();

const app = createApp({
  configStore: new DynamoConfigStore(documentClient, config.tableName),
  verifier: createCognitoVerifier({ issuer: config.cognitoIssuer, audience: config.cognitoAudience }),
  now: () => new Date(),
});

/** API Gateway HTTP API (payload v2.0) entry point; all routing lives in the shared app. */
export const handler = handle(app);
