import type { OutboxStreamDetail } from '@openhall/store';
import { createDocumentClient } from '@openhall/store';
import { loadAutomationConfig } from './automation-config.js';
import { createAutomation } from './create-automation.js';
import { lazySmsGateway } from './lazy-sms-gateway.js';
import { createObservability, observe } from './observability.js';

// Built once per cold start. Each tenant's SMS go through the provider its configuration names, with
// credentials from Secrets Manager (read on the first send, kept a few minutes); a tenant without a
// provider gets `sms_unavailable` for a reminder (retried, then dead-lettered) and its section
// managers are told on their alert lists only.
const observability = createObservability();
const automation = createAutomation({
  config: loadAutomationConfig(),
  client: createDocumentClient(),
  smsGateway: lazySmsGateway(),
  log: observability.log,
  metrics: observability.counters,
});

const tenantOf = (input: unknown) => {
  const id = (input as { tenantId?: unknown } | null)?.tenantId;
  return typeof id === 'string' ? id : undefined;
};

/** The bus rule's target: one outbox event, delivered to every consumer once per event id. */
export function consumer(input: { id?: string; detail: OutboxStreamDetail }): Promise<void> {
  return observe(observability, { correlationId: input.id, tenantId: undefined }, undefined, () =>
    automation.consumer(input),
  );
}

/** The target of every one-time schedule (a reminder, a lateness check). */
export function scheduledTask(input: unknown): Promise<string> {
  return observe(observability, { correlationId: undefined, tenantId: tenantOf(input) }, undefined, () =>
    automation.scheduledTask(input),
  );
}

/** The target of the recurring schedules (cron in Asia/Shanghai). */
export function recurringJob(input: unknown): Promise<unknown> {
  return observe(observability, { correlationId: undefined, tenantId: undefined }, undefined, () =>
    automation.recurringJob(input),
  );
}
