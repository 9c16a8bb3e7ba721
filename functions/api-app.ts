import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createCognitoVerifier } from '@openhall/api';
import { createDynamoApp } from '@openhall/app';
import type { AppLog, AppMetrics } from '@openhall/domain';
import { cognitoHostedSignIn } from '@openhall/web/hosted-sign-in';
import type { ApiConfig } from './config.js';
import { lazySmsGateway } from './lazy-sms-gateway.js';

/**
 * The whole HTTP app of the API function on the one DynamoDB table: read and wired by the first
 * request of an instance (see api.ts), then kept. The verifier caches the key set, and the provider
 * credentials are kept per secret for a few minutes.
 */
export function createApiApp(options: {
  config: ApiConfig;
  client: DynamoDBDocumentClient;
  log: AppLog;
  metrics: AppMetrics;
}) {
  const { config } = options;
  return createDynamoApp({
    client: options.client,
    tableName: config.tableName,
    hashSecret: config.phoneHashSecret,
    verifier: createCognitoVerifier({ issuer: config.cognitoIssuer, audience: config.cognitoAudience }),
    staffSignIn: cognitoHostedSignIn({ domain: config.cognitoDomain, clientId: config.cognitoAudience }),
    // Each tenant's SMS go through the provider its configuration names (Tencent, Alibaba or its own
    // gateway), with credentials from Secrets Manager; a tenant without one answers `sms_unavailable`.
    smsGateway: lazySmsGateway(),
    log: options.log,
    metrics: options.metrics,
  }).app;
}
