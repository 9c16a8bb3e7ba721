/** Domain time of a month of availability for a 50-window hall (see `measureAvailabilityMonth`). */
export interface AvailabilityMonthResult {
  days: number;
  windows: number;
  rounds: number;
  minMs: number;
  medianMs: number;
  /** One-minute load average when the rounds ran. */
  loadAverage: number;
}

/** Minimum and median of the rounds, to 0.001 ms. */
export function summariseMonth(timesMs: readonly number[], loadAverage: number): AvailabilityMonthResult {
  const sorted = [...timesMs].sort((a, b) => a - b);
  const n = sorted.length;
  const median =
    n === 0 ? Number.NaN : n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return {
    days: 30,
    windows: 50,
    rounds: n,
    minMs: round(sorted[0] ?? Number.NaN),
    medianMs: round(median),
    loadAverage,
  };
}
