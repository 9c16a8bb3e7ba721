import type { DynamoTally } from './dynamo-meter.js';
import { type PhaseOptions, type PhaseRun, runPhase } from './run-phase.js';
import { type LatencySummary, summariseLatencies } from './summarise-latencies.js';

/** One side (through HTTP, or DynamoDB direct) of one phase. */
export interface SideResult extends LatencySummary {
  outcomes: Record<string, number>;
  stoppedBy: 'count' | 'time';
  dynamo: {
    /** Average calls per request, per command (`GetItem`, `TransactWriteItems` ...). */
    callsPerRequest: Record<string, number>;
    capacityUnitsPerRequest: number;
    /** Items DynamoDB read per request (see `itemsReadOf`). */
    itemsReadPerRequest: number;
    /** The same, per command: which request the capacity goes to. */
    capacityUnitsPerRequestByCommand: Record<string, number>;
    /** Failed DynamoDB calls in the phase, e.g. a transaction cancelled by a full slot. */
    errors: Record<string, number>;
  };
}

/** Where a side's DynamoDB calls are counted: the server process, or this process's direct client. */
export interface TallySource {
  reset(): Promise<void> | void;
  tally(): Promise<DynamoTally> | DynamoTally;
}

const per = (total: number, n: number) => (n ? Math.round((total / n) * 100) / 100 : 0);

/** The result of one or more runs (bursts of one phase) and the DynamoDB calls made meanwhile. */
export function sideResultOf(runs: readonly PhaseRun[], tally: DynamoTally): SideResult {
  const latencies = runs.flatMap((r) => r.latenciesMs);
  const outcomes: Record<string, number> = {};
  for (const run of runs) {
    for (const [outcome, n] of Object.entries(run.outcomes)) outcomes[outcome] = (outcomes[outcome] ?? 0) + n;
  }
  const n = latencies.length;
  const perRequest = (totals: Record<string, number>) =>
    Object.fromEntries(
      Object.entries(totals).map(([command, total]) => [command.replace(/Command$/, ''), per(total, n)]),
    );
  return {
    ...summariseLatencies(
      latencies,
      runs.reduce((ms, r) => ms + r.wallMs, 0),
    ),
    outcomes,
    stoppedBy: runs.some((r) => r.stoppedBy === 'time') ? 'time' : 'count',
    dynamo: {
      callsPerRequest: perRequest(tally.calls),
      capacityUnitsPerRequest: per(tally.capacityUnits, n),
      itemsReadPerRequest: per(tally.itemsRead ?? 0, n),
      capacityUnitsPerRequestByCommand: perRequest(tally.capacityByCommand),
      errors: tally.errors,
    },
  };
}

/** Runs a bounded phase and counts the DynamoDB calls made while it ran. */
export async function measureSide(meter: TallySource, options: PhaseOptions): Promise<SideResult> {
  await meter.reset();
  const run = await runPhase(options);
  return sideResultOf([run], await meter.tally());
}
