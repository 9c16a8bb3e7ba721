import { percentile } from './percentile.js';

/** Latency and throughput of one phase; milliseconds rounded to 0.01, requests per second to 0.1. */
export interface LatencySummary {
  count: number;
  wallMs: number;
  throughputPerSecond: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

const round = (value: number, places: number) => {
  const f = 10 ** places;
  return Math.round(value * f) / f;
};

/**
 * Summarises the latencies of a phase that took `wallMs` from its first request to its last
 * answer; throughput counts every answered request, whatever its status.
 */
export function summariseLatencies(samplesMs: readonly number[], wallMs: number): LatencySummary {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const count = sorted.length;
  const total = sorted.reduce((sum, v) => sum + v, 0);
  return {
    count,
    wallMs: round(wallMs, 1),
    throughputPerSecond: wallMs > 0 ? round((count * 1000) / wallMs, 1) : 0,
    meanMs: count ? round(total / count, 2) : Number.NaN,
    p50Ms: round(percentile(sorted, 50), 2),
    p95Ms: round(percentile(sorted, 95), 2),
    p99Ms: round(percentile(sorted, 99), 2),
    maxMs: round(sorted.at(-1) ?? Number.NaN, 2),
  };
}
