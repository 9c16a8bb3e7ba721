import { createCognitoVerifier } from '@openhall/api';
import { createDynamoApp } from '@openhall/app';
import { createDocumentClient } from '@openhall/store';
import { cognitoHostedSignIn } from '@openhall/web/hosted-sign-in';
import { handle, type LambdaContext, type LambdaEvent } from 'hono/aws-lambda';
import { loadConfig } from './config.js';
import { lazySmsGateway } from './lazy-sms-gateway.js';
import { createObservability, observe, tenantOfPath } from './observability.js';

// Built once per cold start: the SDK client keeps its connections, the verifier caches the JWKS and
// the provider credentials are kept per secret for a few minutes.
const config = loadConfig();
const observability = createObservability();
const { app } = createDynamoApp({
  client: createDocumentClient(),
  tableName: config.tableName,
  hashSecret: config.phoneHashSecret,
  verifier: createCognitoVerifier({ issuer: config.cognitoIssuer, audience: config.cognitoAudience }),
  staffSignIn: cognitoHostedSignIn({ domain: config.cognitoDomain, clientId: config.cognitoAudience }),
  // Each tenant's SMS go through the provider its configuration names (Tencent, Alibaba or its own
  // gateway), with credentials from Secrets Manager; a tenant without one answers `sms_unavailable`.
  smsGateway: lazySmsGateway(),
  log: observability.log,
  metrics: observability.counters,
});
const honoHandler = handle(app);

/**
 * API Gateway HTTP API (payload v2.0) entry point; all routing lives in the shared app. Each
 * invocation logs with the API Gateway request id as its correlation id, and the tenant of its path.
 */
export async function handler(event: LambdaEvent, context?: LambdaContext) {
  const requestContext = (event as { requestContext?: { requestId?: string } }).requestContext;
  const path = 'rawPath' in event ? event.rawPath : 'path' in event ? String(event.path) : '';
  return observe(
    observability,
    { correlationId: requestContext?.requestId, tenantId: tenantOfPath(path) },
    context,
    () => honoHandler(event, context),
  );
}
