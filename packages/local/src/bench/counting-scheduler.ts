import type { OneTimeSchedule, ScheduleGroup, Scheduler } from '@openhall/domain';

/** Scheduler API calls: each is one CreateSchedule or DeleteSchedule request to EventBridge Scheduler in AWS. */
export interface SchedulerCalls {
  create: number;
  delete: number;
}

/**
 * A counting adapter on the `Scheduler` port: passes every call to the scheduler it wraps and
 * counts it, with its answer (`create:created`, `create:exists`, `delete:deleted`, `delete:absent`).
 * A call that throws counts too (`create:error`): in AWS it was a request all the same.
 */
export class CountingScheduler implements Scheduler {
  readonly calls: SchedulerCalls = { create: 0, delete: 0 };
  readonly answers: Record<string, number> = {};

  constructor(private readonly inner: Scheduler) {}

  async create(schedule: OneTimeSchedule): Promise<'created' | 'exists'> {
    this.calls.create++;
    return this.#count('create', () => this.inner.create(schedule));
  }

  async delete(group: ScheduleGroup, name: string): Promise<'deleted' | 'absent'> {
    this.calls.delete++;
    return this.#count('delete', () => this.inner.delete(group, name));
  }

  async #count<T extends string>(call: string, run: () => Promise<T>): Promise<T> {
    let answer = 'error';
    try {
      const result = await run();
      answer = result;
      return result;
    } finally {
      this.answers[`${call}:${answer}`] = (this.answers[`${call}:${answer}`] ?? 0) + 1;
    }
  }
}

/** Calls per event of one type, from the calls counted while each was delivered. */
export interface ScheduleCallsOfType {
  type: string;
  events: number;
  createPerEvent: number;
  deletePerEvent: number;
  /** Both together: the Scheduler API requests one such event costs. */
  callsPerEvent: number;
}

/** Sums the calls of each delivery by event type: per-event averages, rounded to 0.01, types sorted. */
export function scheduleCallsByType(
  deliveries: readonly { type: string; calls: SchedulerCalls }[],
): ScheduleCallsOfType[] {
  const byType = new Map<string, { events: number; create: number; delete: number }>();
  for (const d of deliveries) {
    const row = byType.get(d.type) ?? { events: 0, create: 0, delete: 0 };
    row.events++;
    row.create += d.calls.create;
    row.delete += d.calls.delete;
    byType.set(d.type, row);
  }
  const round = (n: number) => Math.round(n * 100) / 100;
  return [...byType]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, r]) => ({
      type,
      events: r.events,
      createPerEvent: round(r.create / r.events),
      deletePerEvent: round(r.delete / r.events),
      callsPerEvent: round((r.create + r.delete) / r.events),
    }));
}
