import { statusOfDomainError } from '@openhall/api';
import { type BookingPolicy, DomainError, RateLimitedError, StoreError } from '@openhall/domain';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Messages } from './i18n/messages.js';
import { isPageErrorCode, type PageErrorCode } from './i18n/page-error-code.js';

export interface RefusedBy {
  code: PageErrorCode;
  retryAfterSeconds?: number;
}

/**
 * The refusal a page explains for an error of the booking service, or undefined for an error
 * that is not a refusal (a fault: the store failed, or a code no page explains that the API answers
 * with a 5xx), which the caller rethrows to the 500 page, where it is logged.
 */
export function refusalOf(error: unknown): RefusedBy | undefined {
  if (!(error instanceof DomainError) || error instanceof StoreError) return undefined;
  if (!isPageErrorCode(error.code) && statusOfDomainError(error) >= 500) return undefined;
  const code = isPageErrorCode(error.code) ? error.code : 'unknown';
  return error instanceof RateLimitedError ? { code, retryAfterSeconds: error.retryAfterSeconds } : { code };
}

/** The reader's words for a refusal. */
export function refusalMessage(t: Messages, policy: BookingPolicy, refused: RefusedBy): string {
  return t.ruleErrors[refused.code]({
    policy,
    ...(refused.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: refused.retryAfterSeconds }),
  });
}

/** What a page gets back from a use case: its answer, or the refusal to explain and its status. */
export type Settled<T> =
  | { ok: true; value: T }
  | { ok: false; refused: RefusedBy; status: ContentfulStatusCode };

/**
 * Runs one use case for a page: its answer, or the refusal the page explains with the status the
 * API answers the same error with. A fault is thrown on, to the 500 page.
 */
export async function settle<T>(useCase: () => Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await useCase() };
  } catch (error) {
    const refused = refusalOf(error);
    if (!refused) throw error;
    return { ok: false, refused, status: statusOfDomainError(error as DomainError) as ContentfulStatusCode };
  }
}
