import {
  BookingBusyError,
  BookingRuleError,
  InvalidBookingInputError,
  PerPersonLimitError,
  RateLimitedError,
  SlotFullError,
} from '@openhall/domain';
import { createMiddleware } from 'hono/factory';
import { problem, problemResponse } from './problem.js';

/**
 * Adds what the shared error mapping leaves out for booking errors, after it has answered: the
 * field errors of a start between slots, a rule's details (limits, hours, the holiday), and
 * `Retry-After` on 429 and 503. Errors stay thrown by the service; this only enriches the answer.
 */
export const bookingProblems = createMiddleware(async (c, next) => {
  await next();
  const err = c.error;
  if (!err) return;
  const instance = c.req.path;
  if (err instanceof InvalidBookingInputError) {
    c.res = problemResponse(problem(err.status, err.code, err.message, { instance, errors: err.errors }));
  } else if (err instanceof BookingRuleError || err instanceof PerPersonLimitError) {
    c.res = problemResponse(problem(err.status, err.code, err.message, { ...err.detail, instance }));
  } else if (err instanceof SlotFullError) {
    c.res = problemResponse(
      problem(err.status, err.code, err.message, { instance, slotStart: err.slotStart }),
    );
  } else if (err instanceof RateLimitedError || err instanceof BookingBusyError) {
    c.res = problemResponse(problem(err.status, err.code, err.message, { instance }), {
      'retry-after': String(err.retryAfterSeconds),
    });
  }
});
