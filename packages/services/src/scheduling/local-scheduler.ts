import type { OneTimeSchedule, ScheduledTask, ScheduleGroup, Scheduler } from '@openhall/domain';

export interface LocalSchedulerOptions {
  /** Attempts of a task before it goes to the dead letters (EventBridge retries, then its queue). */
  maxAttempts?: number;
  /** Wait before a failed task is tried again. */
  retryDelayMs?: number;
  /** How many times each schedule fires (2 shows a handler meeting a duplicate delivery). */
  firesPerSchedule?: number;
}

interface Entry {
  schedule: OneTimeSchedule;
  dueAt: number;
  attempts: number;
}

/**
 * `Scheduler` in process, on a clock the caller moves: what EventBridge Scheduler does in AWS, with
 * the same contract (a name taken answers `exists`, a missing one on delete `absent`; a schedule is
 * deleted after it ran; a failed run is retried, then dead-lettered).
 */
export class LocalScheduler implements Scheduler {
  readonly #entries = new Map<string, Entry>();
  readonly #dead: OneTimeSchedule[] = [];
  readonly #options: Required<LocalSchedulerOptions>;
  /** Calls made, for the benchmark's cost per booking. */
  readonly calls = { create: 0, delete: 0 };

  constructor(options: LocalSchedulerOptions = {}) {
    this.#options = { maxAttempts: 5, retryDelayMs: 60_000, firesPerSchedule: 1, ...options };
  }

  async create(schedule: OneTimeSchedule): Promise<'created' | 'exists'> {
    this.calls.create++;
    const key = `${schedule.group}/${schedule.name}`;
    if (this.#entries.has(key)) return 'exists';
    this.#entries.set(key, {
      schedule: structuredClone(schedule),
      dueAt: schedule.at.getTime(),
      attempts: 0,
    });
    return 'created';
  }

  async delete(group: ScheduleGroup, name: string): Promise<'deleted' | 'absent'> {
    this.calls.delete++;
    return this.#entries.delete(`${group}/${name}`) ? 'deleted' : 'absent';
  }

  /** When the next schedule is due, if any is waiting. */
  nextDueAt(): Date | undefined {
    let next: number | undefined;
    for (const e of this.#entries.values()) if (next === undefined || e.dueAt < next) next = e.dueAt;
    return next === undefined ? undefined : new Date(next);
  }

  /** The schedules waiting, earliest first. */
  waiting(): OneTimeSchedule[] {
    return [...this.#entries.values()].sort((a, b) => a.dueAt - b.dueAt).map((e) => e.schedule);
  }

  /** Tasks whose attempts ran out. */
  deadLetters(): readonly OneTimeSchedule[] {
    return this.#dead;
  }

  /**
   * Runs every schedule due at `now`, earliest first. One that succeeds is deleted; one that fails is
   * tried again `retryDelayMs` later, and after `maxAttempts` kept as a dead letter.
   */
  async fireDue(
    now: Date,
    run: (task: ScheduledTask) => Promise<unknown>,
  ): Promise<{ fired: number; failed: number }> {
    const due = [...this.#entries.entries()]
      .filter(([, e]) => e.dueAt <= now.getTime())
      .sort(([, a], [, b]) => a.dueAt - b.dueAt);
    let fired = 0;
    let failed = 0;
    for (const [key, entry] of due) {
      entry.attempts++;
      try {
        for (let i = 0; i < this.#options.firesPerSchedule; i++)
          await run(structuredClone(entry.schedule.task));
        this.#entries.delete(key);
        fired++;
      } catch {
        failed++;
        if (entry.attempts >= this.#options.maxAttempts) {
          this.#entries.delete(key);
          this.#dead.push(entry.schedule);
        } else {
          entry.dueAt = now.getTime() + this.#options.retryDelayMs;
        }
      }
    }
    return { fired, failed };
  }
}
