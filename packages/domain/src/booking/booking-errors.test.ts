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
    [new BookingRuleError(fail('lead_time', 'too soon')), 'BookingRuleError', 'lead_time'],
    [new SlotFullError('2026-11-28T09:30:00+08:00'), 'SlotFullError', 'slot_full'],
    [new IdempotencyKeyReusedError(), 'IdempotencyKeyReusedError', 'idempotency_key_reused'],
    [new BookingNotFoundError(), 'BookingNotFoundError', 'booking_not_found'],
    [new ChangeCutoffPassedError(120), 'ChangeCutoffPassedError', 'change_cutoff_passed'],
    [new PerPersonLimitError('at most 1'), 'PerPersonLimitError', 'per_person_limit'],
    [new RateLimitedError(30), 'RateLimitedError', 'rate_limited'],
  ])('%s is a %s with code %s', (error, name, code) => {
    expect(error).toBeInstanceOf(DomainError);
    expect(error.name).toBe(name);
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
