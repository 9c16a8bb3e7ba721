import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.js';
import {
  assertRuleOk,
  BookingNotFoundError,
  BookingRuleError,
  ChangeCutoffPassedError,
  IdempotencyKeyReusedError,
  PerPersonLimitError,
  RateLimitedError,
  SlotFullError,
} from './booking-errors.js';
import { fail } from './rule-result.js';

describe('booking errors', () => {
  it.each([
    [new BookingRuleError(fail('lead_time', 'too soon')), 'BookingRuleError', 422, 'lead_time'],
    [new SlotFullError('2026-11-28T09:30:00+08:00'), 'SlotFullError', 409, 'slot_full'],
    [new IdempotencyKeyReusedError(), 'IdempotencyKeyReusedError', 422, 'idempotency_key_reused'],
    [new BookingNotFoundError(), 'BookingNotFoundError', 404, 'booking_not_found'],
    [new ChangeCutoffPassedError(120), 'ChangeCutoffPassedError', 422, 'change_cutoff_passed'],
    [new PerPersonLimitError('at most 1'), 'PerPersonLimitError', 422, 'per_person_limit'],
    [new RateLimitedError(30), 'RateLimitedError', 429, 'rate_limited'],
  ])('%s is a %s with status %i and code %s', (error, name, status, code) => {
    expect(error).toBeInstanceOf(DomainError);
    expect(error.name).toBe(name);
    expect(error.status).toBe(status);
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(0);
  });

  it('keeps the rule detail and the cause', () => {
    const rule = new BookingRuleError(fail('beyond_horizon', 'too far', { horizonDays: 30 }));
    expect(rule.detail).toEqual({ horizonDays: 30 });
    const cause = new Error('ConditionalCheckFailed');
    expect(new SlotFullError('2026-11-28T09:30:00+08:00', { cause }).cause).toBe(cause);
  });
});

describe('assertRuleOk', () => {
  it('passes an ok result', () => {
    expect(() => assertRuleOk({ ok: true })).not.toThrow();
  });

  it.each([
    [fail('outside_hours', 'closed'), BookingRuleError],
    [fail('per_person_limit', 'at most 1', { limit: 'active', max: 1 }), PerPersonLimitError],
  ])('throws for %j', (failure, type) => {
    expect(() => assertRuleOk(failure)).toThrow(type);
  });
});
