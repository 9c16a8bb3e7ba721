import { type AppLog, type AppMetrics, DomainError } from '@openhall/domain';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { problemOfDomainError } from './error-problem.js';
import { HttpError } from './http-error.js';
import { problem, problemResponse } from './problem-response.js';

/**
 * Maps named errors to problem+json; anything unnamed is a 500 that reveals nothing. Every answer of
 * 500 or more is logged (names and codes) and counted as a failure.
 */
export function onErrorWith(log: AppLog, metrics?: AppMetrics) {
  return function onError(err: Error, c: Context): Response {
    const instance = c.req.path;
    if (err instanceof HttpError) {
      return problemResponse(problem(err.status, err.code, err.message, { instance, ...err.extra }));
    }
    if (err instanceof DomainError) {
      const answer = problemOfDomainError(err, instance);
      if (answer.problem.status >= 500) logFailure(log, metrics, err, instance);
      return problemResponse(answer.problem, answer.headers);
    }
    if (err instanceof HTTPException) {
      const status = err.status;
      const code = status === 400 ? 'malformed_request' : `http_${status}`;
      return problemResponse(problem(status, code, err.message || undefined, { instance }));
    }
    logFailure(log, metrics, err, instance);
    return problemResponse(problem(500, 'internal_error', 'Something went wrong on our side.', { instance }));
  };
}

/** Names and codes only: messages of failures may carry personal data. */
function logFailure(log: AppLog, metrics: AppMetrics | undefined, err: Error, path: string): void {
  metrics?.count('Failures');
  const cause = err.cause instanceof Error ? err.cause : undefined;
  log.error('request failed', {
    code: err instanceof DomainError ? err.code : 'internal_error',
    error: err.name,
    cause: cause?.name,
    // A provider's or the store's own code (e.g. `isv.BUSINESS_LIMIT_CONTROL`), never its message.
    causeCode: cause instanceof DomainError ? cause.code : undefined,
    path,
  });
}
