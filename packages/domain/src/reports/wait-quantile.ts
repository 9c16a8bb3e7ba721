import { type Counts, WAIT_BUCKET_EDGES } from './report-counters.js';

/**
 * A quantile (0.5 for the median, 0.9 for p90) of the waiting time, read from the histogram: the
 * bucket holding the q-th wait, interpolated linearly inside it. The last bucket is open-ended, so a
 * quantile that falls there reads its lower edge (at least that long). Undefined without waits.
 * @example waitQuantile({ wait0: 1, wait1: 1 }, 0.5) // 5: the first wait is below 5, the second from 5
 */
export function waitQuantile(counts: Counts, q: number): number | undefined {
  const buckets = WAIT_BUCKET_EDGES.map((_, i) => counts[`wait${i}` as keyof Counts] ?? 0);
  const total = buckets.reduce((a, b) => a + b, 0);
  if (total === 0) return undefined;
  const rank = q * total;
  let below = 0;
  for (let i = 0; i < buckets.length; i++) {
    const n = buckets[i] as number;
    if (n > 0 && below + n >= rank) {
      const low = WAIT_BUCKET_EDGES[i] as number;
      const high = WAIT_BUCKET_EDGES[i + 1];
      if (high === undefined) return low;
      return round1(low + ((rank - below) / n) * (high - low));
    }
    below += n;
  }
  return WAIT_BUCKET_EDGES.at(-1) as number;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
