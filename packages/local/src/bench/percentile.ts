/**
 * The p-th percentile (0 to 100) of samples sorted ascending, by nearest rank: the smallest sample
 * with at least p % of the samples at or below it, so every answer is a latency actually measured.
 * NaN when there are no samples.
 * @example percentile([10, 20, 30, 40], 50) // 20
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile: p must be within 0..100, not ${p}`);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}
