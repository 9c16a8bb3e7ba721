import { DomainError } from '../shared/errors.js';

/** The tenant asks for a confirmed phone and the request has no valid proof for the applicant's phone. */
export class PhoneNotVerifiedError extends DomainError {
  readonly code = 'phone_not_verified';
  constructor(reason = 'confirm the phone with the code sent to it first') {
    super(reason);
  }
}

export class VerificationCodeWrongError extends DomainError {
  readonly code = 'verification_code_wrong';
  constructor(readonly triesLeft: number) {
    super(`the code is not right: ${triesLeft} tries left`);
  }
}

export class VerificationExpiredError extends DomainError {
  readonly code = 'verification_expired';
  constructor() {
    super('the code has expired: ask for a new one');
  }
}

/** Too many wrong codes: the verification is dead. */
export class VerificationLockedError extends DomainError {
  readonly code = 'verification_locked';
  constructor() {
    super('too many wrong codes: ask for a new one');
  }
}

export class VerificationUsedError extends DomainError {
  readonly code = 'verification_used';
  constructor() {
    super('this code was already confirmed');
  }
}

export class ResendTooSoonError extends DomainError {
  readonly code = 'resend_too_soon';
  constructor(readonly retryAfterSeconds: number) {
    super(`a new code can be sent in ${retryAfterSeconds} s`);
  }
}
