import { DomainError } from '@openhall/domain';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { problemOfDomainError } from './error-problem.js';
import { HttpError } from './http-error.js';
import { problem, problemResponse } from './problem.js';

/** Maps named errors to problem+json; anything unnamed is a 500 that reveals nothing. */
export function onError(err: Error, c: Context): Response {
  const instance = c.req.path;
  if (err instanceof HttpError) {
    return problemResponse(problem(err.status, err.code, err.message, { instance, ...err.extra }));
  }
  if (err instanceof DomainError) {
    const answer = problemOfDomainError(err, instance);
    if (answer.problem.status >= 500) logFailure(err, instance);
    return problemResponse(answer.problem, answer.headers);
  }
  if (err instanceof HTTPException) {
    const status = err.status;
    const code = status === 400 ? 'malformed_request' : `http_${status}`;
    return problemResponse(problem(status, code, err.message || undefined, { instance }));
  }
  logFailure(err, instance);
  return problemResponse(problem(500, 'internal_error', 'Something went wrong on our side.', { instance }));
}

/** Names and codes only: messages of failures may carry personal data. */
function logFailure(err: Error, path: string): void {
  const cause = err.cause instanceof Error ? err.cause.name : undefined;
  const code = err instanceof DomainError ? err.code : 'internal_error';
  console.error(
    JSON.stringify({ level: 'error', msg: 'request failed', code, error: err.name, cause, path }),
  );
}
