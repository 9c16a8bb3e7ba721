import type { SmsTemplateKey } from '../ports/notifier.js';
import { DomainError } from '../shared/errors.js';

/** A message whose parameters do not fit its template: a programming error, nothing was sent. */
export class SmsParamsError extends DomainError {
  readonly code = 'sms_params_invalid';
  constructor(
    readonly templateKey: SmsTemplateKey,
    readonly missing: readonly string[],
    readonly unknown: readonly string[],
  ) {
    super(`template "${templateKey}": missing [${missing.join(', ')}], unknown [${unknown.join(', ')}]`);
  }
}

/**
 * The provider answered that it did not send the message (bad signature, template not approved, daily
 * limit): nothing went out, so the same idempotency key may be tried again. `providerCode` is the
 * provider's own code (e.g. `isv.BUSINESS_LIMIT_CONTROL`, `FailedOperation.TemplateIncorrectOrUnapproved`).
 */
export class SmsRejectedError extends DomainError {
  readonly code = 'sms_rejected';
  constructor(
    readonly provider: string,
    readonly providerCode: string,
    options?: { cause?: unknown },
  ) {
    super(`${provider} refused the message: ${providerCode}`, options);
  }
}

/**
 * The provider's answer is unknown (timeout, connection lost, 5xx, an internal error): the message may
 * or may not have gone out, so it is not sent again under the same idempotency key.
 */
export class SmsOutcomeUnknownError extends DomainError {
  readonly code = 'sms_outcome_unknown';
  constructor(
    readonly provider: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${provider} gave no clear answer: ${reason}`, options);
  }
}
