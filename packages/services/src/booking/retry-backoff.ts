/** Attempts of one booking write before answering `booking_busy`; each lost race costs one. */
export const MAX_WRITE_ATTEMPTS = 40;

const BASE_MS = 4;
const CAP_MS = 200;

/**
 * Wait before attempt `attempt + 1`: exponential with full jitter (random between 0 and the
 * ceiling), so racing writers spread out instead of colliding again in step.
 */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(CAP_MS, BASE_MS * 2 ** Math.min(attempt, 16));
  return Math.floor(random() * ceiling);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
