import { performance } from 'node:perf_hooks';

export interface PhaseOptions {
  /** Most requests sent. */
  count: number;
  /** Requests in flight at once; 1 sends them one after another. */
  concurrency: number;
  /** No request starts after this many milliseconds, so a slow machine ends the phase early. */
  maxMs: number;
  /** Sends request `index` and names its outcome, e.g. the HTTP status `201` or `ok`. */
  task: (index: number) => Promise<string>;
}

export interface PhaseRun {
  latenciesMs: number[];
  /** Requests per outcome; a task that throws counts as `error:<name>`. */
  outcomes: Record<string, number>;
  wallMs: number;
  /** `time` when the deadline stopped the phase before `count`. */
  stoppedBy: 'count' | 'time';
}

/** Runs a bounded phase: `concurrency` workers take the next index until `count` or the deadline. */
export async function runPhase(options: PhaseOptions): Promise<PhaseRun> {
  const latenciesMs: number[] = [];
  const outcomes: Record<string, number> = {};
  const started = performance.now();
  const deadline = started + options.maxMs;
  let next = 0;
  const worker = async () => {
    while (next < options.count && performance.now() < deadline) {
      const index = next++;
      const t0 = performance.now();
      let outcome: string;
      try {
        outcome = await options.task(index);
      } catch (error) {
        outcome = `error:${error instanceof Error ? error.name : 'unknown'}`;
      }
      latenciesMs.push(performance.now() - t0);
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency, options.count));
  await Promise.all(Array.from({ length: workers }, worker));
  return {
    latenciesMs,
    outcomes,
    wallMs: performance.now() - started,
    stoppedBy: next < options.count ? 'time' : 'count',
  };
}
