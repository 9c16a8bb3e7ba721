import { addDays, type LocalTime, type ScheduledTask, shanghaiDateOf, shanghaiIsoAt } from '@openhall/domain';
import type { EventRelay } from '../events/event-relay.js';
import type { LocalClock } from './local-clock.js';
import type { LocalScheduler } from './local-scheduler.js';

/** A daily job for the local loop. */
export interface LocalRecurringJob {
  id: string;
  at: LocalTime;
  run(): Promise<unknown>;
}

export interface LocalEventLoopDeps {
  clock: LocalClock;
  relay: Pick<EventRelay, 'drain'>;
  scheduler: LocalScheduler;
  runTask: (task: ScheduledTask) => Promise<unknown>;
  jobs: readonly LocalRecurringJob[];
  onError?: (error: unknown) => void;
}

/** The latest occurrence of a daily Shanghai time at or before `now`. */
function lastOccurrence(at: LocalTime, now: Date): number {
  const today = shanghaiDateOf(now);
  const todays = Date.parse(shanghaiIsoAt(today, at));
  return todays <= now.getTime() ? todays : Date.parse(shanghaiIsoAt(addDays(today, -1), at));
}

/**
 * Everything AWS does without a click, in one process on one clock: the outbox relay, the one-time
 * schedules and the daily jobs (`pnpm start` runs it; `--clock` lets an admin move its clock). Jobs
 * missed before the loop started are not run; from then on every occurrence the clock passes is.
 */
export class LocalEventLoop {
  readonly #lastRun = new Map<string, number>();
  #timer: ReturnType<typeof setInterval> | undefined;
  #busy: Promise<void> = Promise.resolve();

  constructor(private readonly deps: LocalEventLoopDeps) {
    const now = deps.clock.now();
    for (const job of deps.jobs) this.#lastRun.set(job.id, lastOccurrence(job.at, now));
  }

  /** Relays, then runs what is due at the clock's time, until nothing more is due now. */
  settle(): Promise<void> {
    this.#busy = this.#busy.then(() => this.#settle()).catch((error: unknown) => this.deps.onError?.(error));
    return this.#busy;
  }

  async #settle(): Promise<void> {
    for (let round = 0; round < 1000; round++) {
      const now = this.deps.clock.now();
      await this.deps.relay.drain();
      for (const job of this.deps.jobs) {
        const due = lastOccurrence(job.at, now);
        if (due > (this.#lastRun.get(job.id) ?? 0)) {
          this.#lastRun.set(job.id, due);
          await job.run();
        }
      }
      const { fired, failed } = await this.deps.scheduler.fireDue(now, this.deps.runTask);
      if (fired + failed === 0) {
        // What the schedules' handlers wrote (a late flag's event) is relayed before the next move.
        await this.deps.relay.drain();
        return;
      }
    }
  }

  /**
   * Moves the clock forward by `ms`, stopping at every schedule and daily job due on the way, so
   * each runs at its own time (a reminder's handler sees the clock at the reminder's time).
   */
  async advance(ms: number): Promise<void> {
    const target = this.deps.clock.now().getTime() + ms;
    await this.settle();
    for (;;) {
      const now = this.deps.clock.now().getTime();
      if (now >= target) return;
      // After settling, nothing is due at `now`: the next stop is strictly later.
      const nextJob = Math.min(
        ...this.deps.jobs.map((j) => lastOccurrence(j.at, new Date(now)) + 86_400_000),
      );
      const nextSchedule = this.deps.scheduler.nextDueAt()?.getTime() ?? Number.POSITIVE_INFINITY;
      this.deps.clock.set(new Date(Math.max(Math.min(nextJob, nextSchedule, target), now + 1)));
      await this.settle();
    }
  }

  /** Settles every `intervalMs` (the clock keeps running) until `stop`. */
  start(intervalMs: number): void {
    this.#timer = setInterval(() => void this.settle(), intervalMs);
  }

  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#busy;
  }
}
