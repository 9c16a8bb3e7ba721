/** The answer to one counted request. */
export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Port for counting requests per client in fixed one-minute windows. `clientKey` is already a keyed
 * hash (never an address in clear).
 */
export interface RateLimiter {
  hit(tenantId: string, clientKey: string, limitPerMinute: number, now: Date): Promise<RateLimitDecision>;
}
