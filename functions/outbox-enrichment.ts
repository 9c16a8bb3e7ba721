import { createDocumentClient, getStringFromEnv, type OutboxStreamDetail } from '@openhall/store';
import { createOutboxEnrichment } from './create-outbox-enrichment.js';
import { createObservability, observe } from './observability.js';

// Built once per cold start: the tenants' provinces are cached across the instance's batches.
const observability = createObservability();
const enrichment = createOutboxEnrichment({
  client: createDocumentClient(),
  tableName: getStringFromEnv('TABLE_NAME'),
  log: observability.log,
  metrics: observability.counters,
});

/**
 * The outbox Pipe's enrichment step: invoked synchronously with the batch of stream records the
 * Pipe's filter let through; what it returns (one record for each, in order) goes to the bus.
 */
export function enrich(records: OutboxStreamDetail[]) {
  return observe(observability, { correlationId: undefined, tenantId: undefined }, undefined, () =>
    enrichment(records),
  );
}
