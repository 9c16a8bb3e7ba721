import type { DomainEvent, ScheduledTask } from '@openhall/domain';
import {
  EventRelay,
  type LocalClock,
  LocalEventLoop,
  LocalScheduler,
  type LocalSchedulerOptions,
  RECURRING_JOBS,
} from '@openhall/services';
import { createEventWorkers, type EventWorkersOptions } from './create-event-workers.js';

export interface LocalEventsOptions extends Omit<EventWorkersOptions, 'scheduler' | 'now'> {
  clock: LocalClock;
  scheduler?: LocalSchedulerOptions;
  /** Tests put faults between the loop and the real handlers (a failed first try, a second delivery). */
  wrap?: {
    deliver?: (deliver: (event: DomainEvent) => Promise<void>) => (event: DomainEvent) => Promise<void>;
    task?: (run: (task: ScheduledTask) => Promise<unknown>) => (task: ScheduledTask) => Promise<unknown>;
  };
  onError?: (error: unknown, event?: DomainEvent) => void;
}

/**
 * The local stand-in for the bus, the Pipe and EventBridge Scheduler: the in-process relay over the
 * same outbox, the in-process scheduler and the daily jobs, all on one clock, running the same
 * handlers as the Lambdas.
 */
export function createLocalEvents(options: LocalEventsOptions) {
  const { clock } = options;
  const scheduler = new LocalScheduler(options.scheduler);
  const workers = createEventWorkers({ ...options, scheduler, now: clock.now });
  const deliver = options.wrap?.deliver?.(workers.deliver) ?? workers.deliver;
  const runTask = options.wrap?.task?.(workers.runTask) ?? workers.runTask;
  const relay = new EventRelay({
    outbox: workers.outbox,
    tenants: workers.tenants,
    deliver,
    now: clock.now,
    ...(options.onError ? { onFailure: options.onError } : {}),
  });
  const jobs = RECURRING_JOBS.map((job) => ({
    id: job.id,
    at: job.at,
    run: job.id === 'nightly' ? workers.nightly : workers.morning,
  }));
  const loop = new LocalEventLoop({
    clock,
    relay,
    scheduler,
    runTask,
    jobs,
    ...(options.onError ? { onError: options.onError } : {}),
  });
  return { scheduler, relay, loop, workers };
}

export type LocalEvents = ReturnType<typeof createLocalEvents>;
