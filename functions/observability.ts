import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { AppLog, AppMetrics, LogFacts } from '@openhall/domain';
// Leaf modules, not the package's index: the API's cold entry imports this file, and a package index
// would bring everything it re-exports into the code every cold start reads (see api.ts).
import { maskedFacts } from '@openhall/domain/app-log';
import { containsMobileNumber, maskPhonesIn } from '@openhall/domain/phone-in-text';
import type { LambdaContext } from 'hono/aws-lambda';

/** The service name every log line and metric carries. */
export const SERVICE_NAME = 'openhall-api';
/** The CloudWatch namespace of the product's metrics. */
export const METRICS_NAMESPACE = 'OpenHall';

/**
 * The tenant a request is about, from its path (`/v1/tenants/{id}/…`, `/t/{id}/…`): tenant ids are
 * slugs, never personal data, so every log line of the request can carry it.
 * @example tenantOfPath('/v1/tenants/zibo/bookings') // 'zibo'
 */
export function tenantOfPath(path: string): string | undefined {
  const id = /^\/(?:v1\/tenants|t)\/([a-z0-9][a-z0-9-]{0,62})(?:\/|$)/.exec(path)?.[1];
  // A slug may be all digits: a path naming a mobile number is no tenant worth a log key.
  return id === undefined || containsMobileNumber(id) ? undefined : id;
}

/** The product's log on a Powertools logger: structured JSON, each fact and message phone-masked. */
export function powertoolsLog(logger: Logger): AppLog {
  const entry = (message: string, facts?: LogFacts) => [maskPhonesIn(message), maskedFacts(facts)] as const;
  return {
    info: (message, facts) => logger.info(...entry(message, facts)),
    warn: (message, facts) => logger.warn(...entry(message, facts)),
    error: (message, facts) => logger.error(...entry(message, facts)),
  };
}

/** The product's counters as CloudWatch EMF, published by `publishStoredMetrics` after each invocation. */
export function powertoolsMetrics(metrics: Metrics): AppMetrics {
  return { count: (name, value = 1) => metrics.addMetric(name, MetricUnit.Count, value) };
}

export interface Observability {
  logger: Logger;
  metrics: Metrics;
  log: AppLog;
  counters: AppMetrics;
}

/** One logger and one metrics buffer per Lambda instance. */
export function createObservability(): Observability {
  const logger = new Logger({ serviceName: SERVICE_NAME });
  const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME });
  return { logger, metrics, log: powertoolsLog(logger), counters: powertoolsMetrics(metrics) };
}

/** What an invocation's log lines carry: the request id as the correlation id, and the tenant. */
export interface InvocationContext {
  correlationId: string | undefined;
  tenantId: string | undefined;
}

/**
 * Runs one invocation with its correlation id and tenant on every log line, then publishes the
 * metrics it counted (none published when it counted none, so no empty-metrics warning).
 */
export async function observe<T>(
  o: Observability,
  invocation: InvocationContext,
  lambdaContext: LambdaContext | undefined,
  run: () => Promise<T>,
): Promise<T> {
  if (lambdaContext) o.logger.addContext(lambdaContext as Parameters<Logger['addContext']>[0]);
  o.logger.setCorrelationId(invocation.correlationId);
  o.logger.appendKeys({ tenantId: invocation.tenantId });
  try {
    return await run();
  } finally {
    if (o.metrics.hasStoredMetrics()) {
      if (invocation.tenantId) o.metrics.addMetadata('tenantId', invocation.tenantId);
      o.metrics.publishStoredMetrics();
    }
    o.logger.resetKeys();
  }
}
