/** The answer to one counted request. */
export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * The fixed one-minute window `now` falls in: when it started (epoch milliseconds), when it ends
 * (epoch seconds), and how long a refused request waits for the next one (at least a second).
 */
export function rateWindowOf(now: Date): { minuteStart: number; endsAt: number; retryAfterSeconds: number } {
  const minuteStart = Math.floor(now.getTime() / 60_000) * 60_000;
  const endsAt = (minuteStart + 60_000) / 1000;
  return { minuteStart, endsAt, retryAfterSeconds: Math.max(1, endsAt - Math.floor(now.getTime() / 1000)) };
}

/**
 * Port for counting requests per client in fixed one-minute windows. `clientKey` is already a keyed
 * hash (never an address in clear).
 */
export interface RateLimiter {
  hit(tenantId: string, clientKey: string, limitPerMinute: number, now: Date): Promise<RateLimitDecision>;
}
