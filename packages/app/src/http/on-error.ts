import { DomainError } from '@openhall/domain';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { HttpError } from './http-error.js';
import { problem, problemResponse } from './problem.js';

/** Maps named errors to problem+json; anything unnamed is a 500 that reveals nothing. */
export function onError(err: Error, c: Context): Response {
  const instance = c.req.path;
  if (err instanceof HttpError) {
    return problemResponse(problem(err.status, err.code, err.message, { instance, ...err.extra }));
  }
  if (err instanceof DomainError) {
    return problemResponse(problem(err.status, err.code, err.message, { instance }));
  }
  if (err instanceof HTTPException) {
    const status = err.status;
    const code = status === 400 ? 'malformed_request' : `http_${status}`;
    return problemResponse(problem(status, code, err.message || undefined, { instance }));
  }
  // Names only: messages of unexpected errors may carry personal data.
  console.error(JSON.stringify({ level: 'error', msg: 'unhandled', error: err.name, path: instance }));
  return problemResponse(problem(500, 'internal_error', 'Something went wrong on our side.', { instance }));
}
