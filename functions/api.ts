import { createCognitoVerifier } from '@openhall/api';
import { createDynamoApp } from '@openhall/app';
import { UnavailableNotifier } from '@openhall/services';
import { createDocumentClient } from '@openhall/store';
import { cognitoHostedSignIn } from '@openhall/web/hosted-sign-in';
import { handle } from 'hono/aws-lambda';
import { loadConfig } from './config.js';

// Built once per cold start: the SDK client keeps its connections and the verifier caches the JWKS.
const config = loadConfig();
const { app } = createDynamoApp({
  client: createDocumentClient(),
  tableName: config.tableName,
  hashSecret: config.phoneHashSecret,
  verifier: createCognitoVerifier({ issuer: config.cognitoIssuer, audience: config.cognitoAudience }),
  // No SMS provider yet: codes are refused (503 sms_unavailable), so a tenant whose policy is `sms`
  // takes no unchecked online booking. The provider adapters replace this.
  notifier: new UnavailableNotifier(),
  staffSignIn: cognitoHostedSignIn({ domain: config.cognitoDomain, clientId: config.cognitoAudience }),
});

/** API Gateway HTTP API (payload v2.0) entry point; all routing lives in the shared app. */
export const handler = handle(app);
