import { type ConfigStore, type JobStore, type LocalDate, newEvent, shanghaiDateOf } from '@openhall/domain';

/** One step of the nightly job, run for every tenant on the day being closed. */
export interface NightlyStep {
  name: string;
  run(tenantId: string, date: LocalDate, now: Date): Promise<void>;
}

export interface NightlyDeps {
  configStore: Pick<ConfigStore, 'listTenants'>;
  jobStore: JobStore;
  now: () => Date;
}

/** Closes a tenant's day: the marker and its `day.closed` event, once (the reports roll the day up from it). */
export function closeDayStep(deps: Pick<NightlyDeps, 'jobStore'>): NightlyStep {
  return {
    name: 'close-day',
    async run(tenantId, date, now) {
      const event = newEvent({
        type: 'day.closed',
        eventId: `day.${date}.closed`,
        tenantId,
        at: now,
        actor: 'system',
        subjectId: date,
        data: { date },
      });
      await deps.jobStore.closeDay(tenantId, date, event);
    },
  };
}

/**
 * The nightly job (23:30 Asia/Shanghai): every step for every tenant, on today's date. Its steps:
 * `close-day`; the ratings feature adds `default-unrated` here (a step that records each service
 * record left unrated past the tenant's window as `rating.defaulted`, the event type is in the
 * catalogue). Expiring idempotency records, rate counters, once-records and outbox items needs no
 * step: their `expiresAt` is the table's time-to-live attribute. A step that fails for one tenant
 * does not stop the others; the failures are thrown together at the end so the run is retried (every
 * step is idempotent).
 */
export async function runNightlyJob(
  deps: NightlyDeps,
  steps: readonly NightlyStep[],
): Promise<{ tenants: number; failures: number }> {
  const now = deps.now();
  const date = shanghaiDateOf(now);
  const failures: unknown[] = [];
  const tenants = await deps.configStore.listTenants();
  for (const tenant of tenants) {
    for (const step of steps) {
      try {
        await step.run(tenant.id, date, now);
      } catch (error) {
        failures.push(error);
      }
    }
  }
  if (failures.length > 0) throw new AggregateError(failures, `${failures.length} nightly steps failed`);
  return { tenants: tenants.length, failures: 0 };
}
