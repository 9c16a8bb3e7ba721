import { type RateLimitDecision, type RateLimiter, rateWindowOf } from '@openhall/domain';

/**
 * `RateLimiter` in memory, counting as the DynamoDB one does: fixed one-minute windows per tenant
 * and client key, a refused request not counted, and `retryAfterSeconds` until the minute ends.
 */
export class InMemoryRateLimiter implements RateLimiter {
  /** The current minute's count of each tenant and client. */
  private readonly counts = new Map<string, { minute: number; count: number }>();

  async hit(
    tenantId: string,
    clientKey: string,
    limitPerMinute: number,
    now: Date,
  ): Promise<RateLimitDecision> {
    const window = rateWindowOf(now);
    const minute = window.minuteStart;
    const key = `${tenantId}\u0000${clientKey}`;
    const counted = this.counts.get(key);
    const count = counted?.minute === minute ? counted.count : 0;
    if (count >= limitPerMinute) return { allowed: false, retryAfterSeconds: window.retryAfterSeconds };
    this.counts.set(key, { minute, count: count + 1 });
    return { allowed: true };
  }
}
