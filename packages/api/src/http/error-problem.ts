import {
  BookingBusyError,
  BookingRuleError,
  BookingsStrandedError,
  type DomainError,
  InvalidBookingInputError,
  InvalidConfigError,
  NotFoundError,
  PerPersonLimitError,
  RateLimitedError,
  ResendTooSoonError,
  SlotFullError,
  StaleVersionError,
  StoreError,
  VerificationCodeWrongError,
} from '@openhall/domain';
import { type Problem, problem } from './problem.js';

/**
 * The HTTP status of every stable code the domain, the use cases and the store answer with. The one
 * place that knows: errors themselves carry a code and their facts, never a status.
 */
const STATUS_OF_CODE: Readonly<Record<string, number>> = {
  validation_failed: 400,
  calendar_out_of_range: 400,
  report_period_invalid: 400,
  patch_too_deep: 400,
  id_mismatch: 400,
  phone_not_verified: 403,
  booking_not_found: 404,
  override_not_found: 404,
  national_schedule_not_found: 404,
  slot_full: 409,
  booking_not_active: 409,
  bookings_stranded: 409,
  verification_used: 409,
  version_conflict: 409,
  config_too_large: 413,
  idempotency_key_reused: 422,
  change_cutoff_passed: 422,
  per_person_limit: 422,
  tenant_mismatch: 422,
  verification_code_wrong: 422,
  verification_expired: 422,
  verification_locked: 422,
  if_match_required: 428,
  rate_limited: 429,
  resend_too_soon: 429,
  stored_item_invalid: 500,
  booking_busy: 503,
  sms_unavailable: 503,
};

/**
 * The status of a domain error: by its code, else by its class where codes are open-ended (each
 * booking rule has its own code; not-found codes name what is missing). An error nobody mapped is
 * a fault of ours, hence 500.
 */
export function statusOfDomainError(error: DomainError): number {
  if (error instanceof StoreError) return error.transient ? 503 : 500;
  const byCode = STATUS_OF_CODE[error.code];
  if (byCode !== undefined) return byCode;
  if (error instanceof BookingRuleError) return 422;
  if (error instanceof NotFoundError) return 404;
  return 500;
}

/** The problem members beyond the standard ones that tell a client what exactly went wrong. */
function extensionsOf(error: DomainError): Partial<Problem> {
  if (error instanceof InvalidBookingInputError || error instanceof InvalidConfigError) {
    return { errors: error.errors };
  }
  if (error instanceof BookingRuleError || error instanceof PerPersonLimitError) return { ...error.detail };
  if (error instanceof SlotFullError) return { slotStart: error.slotStart };
  if (error instanceof StaleVersionError) return { currentVersion: error.currentVersion };
  if (error instanceof BookingsStrandedError) return { stranded: [...error.stranded] };
  if (error instanceof VerificationCodeWrongError) return { triesLeft: error.triesLeft };
  return {};
}

/** Seconds a client waits before trying again after the store was busy or away. */
export const STORE_RETRY_AFTER_SECONDS = 2;

/** Headers that belong with the answer: how long to wait before trying again. */
function headersOf(error: DomainError): Record<string, string> {
  if (
    error instanceof RateLimitedError ||
    error instanceof BookingBusyError ||
    error instanceof ResendTooSoonError
  ) {
    return { 'retry-after': String(error.retryAfterSeconds) };
  }
  if (error instanceof StoreError && error.transient) {
    return { 'retry-after': String(STORE_RETRY_AFTER_SECONDS) };
  }
  return {};
}

/** A domain error as the API answers it: problem+json with the status, its extensions and headers. */
export function problemOfDomainError(
  error: DomainError,
  instance: string,
): { problem: Problem; headers: Record<string, string> } {
  return {
    problem: problem(statusOfDomainError(error), error.code, error.message, {
      ...extensionsOf(error),
      instance,
    }),
    headers: headersOf(error),
  };
}
