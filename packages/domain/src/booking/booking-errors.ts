import { DomainError } from '../shared/errors.js';
import type { BookingRuleCode, RuleFailure } from './rule-result.js';

/** A booking rule refused the request; `code` is the rule's stable code. */
export class BookingRuleError extends DomainError {
  readonly code: BookingRuleCode;
  readonly detail: Record<string, unknown> | undefined;
  constructor(failure: Omit<RuleFailure, 'ok'>) {
    super(failure.message);
    this.code = failure.code;
    this.detail = failure.detail;
  }
}

/** Another booking took the last place between reading the slots and writing (conditional write failed). */
export class SlotFullError extends DomainError {
  readonly code = 'slot_full';
  constructor(
    readonly slotStart: string,
    options?: { cause?: unknown },
  ) {
    super(`the slot at ${slotStart} is full`, options);
  }
}

/** The same Idempotency-Key came back with a different request body. */
export class IdempotencyKeyReusedError extends DomainError {
  readonly code = 'idempotency_key_reused';
  constructor() {
    super('this Idempotency-Key was used for a different request');
  }
}

/** No booking with that code, or the phone does not match: the two are not told apart. */
export class BookingNotFoundError extends DomainError {
  readonly code = 'booking_not_found';
  constructor() {
    super('no booking with this code and phone');
  }
}

/** Citizens may change or cancel only until `changeCutoffMinutes` before the start. */
export class ChangeCutoffPassedError extends DomainError {
  readonly code = 'change_cutoff_passed';
  constructor(readonly cutoffMinutes: number) {
    super(`bookings can be changed until ${cutoffMinutes} minutes before the start`);
  }
}

export class PerPersonLimitError extends DomainError {
  readonly code = 'per_person_limit';
  constructor(
    message: string,
    readonly detail?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export class RateLimitedError extends DomainError {
  readonly code = 'rate_limited';
  constructor(readonly retryAfterSeconds: number) {
    super(`too many requests: retry in ${retryAfterSeconds} s`);
  }
}

/** Throws the matching error for a refused rule (per-person limits get their own class). */
export function assertRuleOk(result: { ok: true } | RuleFailure): void {
  if (result.ok) return;
  if (result.code === 'per_person_limit') throw new PerPersonLimitError(result.message, result.detail);
  throw new BookingRuleError(result);
}
