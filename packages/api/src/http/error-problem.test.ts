import {
  BookingBusyError,
  BookingNotActiveError,
  BookingNotFoundError,
  BookingRuleError,
  CalendarRangeError,
  ChangeCutoffPassedError,
  type DomainError,
  fail,
  IdempotencyKeyReusedError,
  IdMismatchError,
  IfMatchRequiredError,
  InvalidBookingInputError,
  InvalidConfigError,
  NotFoundError,
  OverrideNotFoundError,
  PatchTooDeepError,
  PerPersonLimitError,
  RateLimitedError,
  SlotFullError,
  SmsOutcomeUnknownError,
  SmsParamsError,
  SmsRejectedError,
  SmsUnavailableError,
  StaleVersionError,
  VersionConflictError,
} from '@openhall/domain';
import {
  ConfigTooLargeError,
  StoredItemInvalidError,
  StoreFailureError,
  TenantMismatchError,
} from '@openhall/store';
import { describe, expect, it } from 'vitest';
import { problemOfDomainError, statusOfDomainError } from './error-problem.js';

const sdk = (name: string) => ({ cause: Object.assign(new Error('x'), { name }) });

describe('statusOfDomainError', () => {
  it.each<[DomainError, number]>([
    [new BookingRuleError(fail('lead_time', 'too soon')), 422],
    [new BookingRuleError(fail('outside_hours', 'closed')), 422],
    [new PerPersonLimitError('at most 1'), 422],
    [new SlotFullError('2026-11-28T09:30:00+08:00'), 409],
    [new IdempotencyKeyReusedError(), 422],
    [new BookingNotFoundError(), 404],
    [new ChangeCutoffPassedError(120), 422],
    [new RateLimitedError(30), 429],
    [new InvalidBookingInputError([]), 400],
    [new BookingNotActiveError('cancelled'), 409],
    [new BookingBusyError(), 503],
    [new CalendarRangeError('no lunar tables'), 400],
    [new VersionConflictError(1, 2), 409],
    [new NotFoundError('tenant "x"', 'tenant_not_found'), 404],
    [new NotFoundError('hall "x"', 'hall_not_found'), 404],
    [new StaleVersionError(1, 2), 409],
    [new IfMatchRequiredError(), 428],
    [new InvalidConfigError('not valid', []), 400],
    [new IdMismatchError('a', 'b'), 400],
    [new OverrideNotFoundError('2026-12-05', undefined), 404],
    [new PatchTooDeepError(), 400],
    [new ConfigTooLargeError(500_000, 400_000), 413],
    [new TenantMismatchError('zibo', 'boai'), 422],
    [new StoredItemInvalidError('booking', { cause: new Error('x') }), 500],
    [new StoreFailureError('reading', sdk('ThrottlingException')), 503],
    [new StoreFailureError('reading', sdk('ValidationException')), 500],
    [new SmsUnavailableError(), 503],
    [new SmsRejectedError('tencent', 'FailedOperation.TemplateIncorrectOrUnapproved'), 503],
    [new SmsOutcomeUnknownError('alibaba', 'no answer'), 503],
    [new SmsParamsError('verification-code', ['minutes'], []), 500],
  ])('%s answers %i', (error, status) => {
    expect(statusOfDomainError(error)).toBe(status);
  });

  it('answers 500 for an error nobody mapped', () => {
    const stray = Object.assign(new CalendarRangeError('x'), { code: 'stray' }) as DomainError;
    expect(statusOfDomainError(stray)).toBe(500);
  });
});

describe('problemOfDomainError', () => {
  it('adds the field errors of an invalid booking input', () => {
    const errors = [{ path: '/start', message: 'between slots', code: 'not_a_slot' }];
    const { problem } = problemOfDomainError(new InvalidBookingInputError(errors), '/v1/x');
    expect(problem).toMatchObject({ status: 400, code: 'validation_failed', errors, instance: '/v1/x' });
  });

  it("adds a rule's details, and the place a full slot was at", () => {
    const rule = new BookingRuleError(fail('beyond_horizon', 'too far', { horizonDays: 30 }));
    expect(problemOfDomainError(rule, '/v1/x').problem).toMatchObject({
      status: 422,
      code: 'beyond_horizon',
      detail: 'too far',
      horizonDays: 30,
    });
    const limit = new PerPersonLimitError('at most 1', { limit: 'daily', max: 1 });
    expect(problemOfDomainError(limit, '/v1/x').problem).toMatchObject({ limit: 'daily', max: 1 });
    const full = new SlotFullError('2026-11-28T09:30:00+08:00');
    expect(problemOfDomainError(full, '/v1/x').problem).toMatchObject({
      status: 409,
      slotStart: '2026-11-28T09:30:00+08:00',
    });
  });

  it('adds the field errors of an invalid configuration, and the version a stale edit missed', () => {
    const errors = [{ path: '/tenant/id', message: 'must be "zibo"', code: 'immutable' }];
    expect(problemOfDomainError(new InvalidConfigError('no', errors), '/v1/x').problem).toMatchObject({
      status: 400,
      code: 'validation_failed',
      errors,
    });
    expect(problemOfDomainError(new StaleVersionError(1, 3), '/v1/x').problem).toMatchObject({
      status: 409,
      code: 'version_conflict',
      detail: 'You edited version 1; the current version is 3.',
      currentVersion: 3,
    });
  });

  it('asks a client to wait with Retry-After when limited or busy', () => {
    expect(problemOfDomainError(new RateLimitedError(45), '/v1/x').headers).toEqual({ 'retry-after': '45' });
    expect(problemOfDomainError(new BookingBusyError(), '/v1/x').headers).toEqual({ 'retry-after': '1' });
    expect(problemOfDomainError(new BookingNotFoundError(), '/v1/x').headers).toEqual({});
  });
});
