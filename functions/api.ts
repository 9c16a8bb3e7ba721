// Leaf modules only, never a package's index: esbuild puts every module an index re-exports into the
// chunks this entry imports, which a cold start reads and compiles. The bundle's test checks it.
import { problem, problemResponse } from '@openhall/api/problem-response';
import { lazily } from '@openhall/app/lazily';
import { createDocumentClient } from '@openhall/store/dynamo-client';
import { Hono } from 'hono';
import { handle, type LambdaContext, type LambdaEvent } from 'hono/aws-lambda';
import { loadConfig } from './config.js';
import { createObservability, observe, tenantOfPath } from './observability.js';

// What a cold start runs: the configuration (a missing variable fails the init by name), the log and
// metrics, and the SDK client, which keeps its connections. The app itself (routes, zod schemas,
// use cases, pages) is read and wired by the instance's first request, in api-app.ts: see
// `pnpm bench` (cold start) for what each part costs.
const config = loadConfig();
const observability = createObservability();
const client = createDocumentClient();
const api = lazily(() =>
  import('./api-app.js').then(({ createApiApp }) =>
    createApiApp({ config, client, log: observability.log, metrics: observability.counters }),
  ),
);

const app = new Hono();
app.all('*', (c) => api(c.req.raw, c.env));
// Only a failure to load the app lands here (the app answers its own errors); the next request
// loads it again.
app.onError((error) => {
  // The error's name only: a message may carry anything.
  observability.log.error('the API could not be loaded', { code: 'api_unavailable', error: error.name });
  observability.counters.count('Failures');
  return problemResponse(problem(503, 'api_unavailable', 'The service is starting; try again.'), {
    'retry-after': '1',
  });
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
