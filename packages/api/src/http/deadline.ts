import { StoreUnavailableError } from '@openhall/domain';
import type { MiddlewareHandler } from 'hono';

/**
 * The most one request may take: below the Lambda's timeout (10 s) and API Gateway's (30 s), so the
 * caller gets a 503 it can retry instead of a gateway error. A DynamoDB call gives up sooner (see
 * `DYNAMO_REQUEST_TIMEOUT_MS` in @openhall/store); this bounds a request of several slow calls.
 */
export const REQUEST_DEADLINE_MS = 8_000;

/**
 * Answers `store_unavailable` (503, Retry-After) when the request is not answered within `ms`: the
 * only thing a request waits on is the store. A write still under way may land afterwards, which
 * is why a retry with the same Idempotency-Key replays it.
 */
export function deadline(ms: number = REQUEST_DEADLINE_MS): MiddlewareHandler {
  return async (_c, next) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StoreUnavailableError()), ms);
    });
    try {
      await Promise.race([next(), expired]);
    } finally {
      clearTimeout(timer);
    }
  };
}
