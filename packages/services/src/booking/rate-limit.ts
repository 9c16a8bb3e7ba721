import { RateLimitedError, type TenantConfig } from '@openhall/domain';
import type { BookingDeps } from './booking-deps.js';

/**
 * Counts one request of a client against the tenant's per-minute limit, or refuses it with
 * `rate_limited` and when to try again. The client is named by a keyed hash, never in clear.
 */
export async function limitRate(
  deps: Pick<BookingDeps, 'rateLimiter' | 'hasher'>,
  q: { tenantId: string; config: TenantConfig; clientId: string; now: Date },
): Promise<void> {
  const clientKey = deps.hasher.clientKey(q.tenantId, q.clientId);
  const limit = q.config.bookingPolicy.rateLimitPerMinute;
  const decision = await deps.rateLimiter.hit(q.tenantId, clientKey, limit, q.now);
  if (!decision.allowed) throw new RateLimitedError(decision.retryAfterSeconds);
}
