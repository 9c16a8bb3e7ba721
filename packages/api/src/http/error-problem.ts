import {
  BookingBusyError,
  BookingRuleError,
  BookingsStrandedError,
  BundleError,
  CareRuleError,
  type DomainError,
  HandlingError,
  InvalidBookingInputError,
  InvalidConfigError,
  LeaveBalanceShortError,
  LeaveNeedsCoverError,
  NotFoundError,
  PerPersonLimitError,
  QueueBusyError,
  RateLimitedError,
  ResendTooSoonError,
  RotaStaleError,
  SlotFullError,
  StaffChangeNoticeTooLateError,
  StaleVersionError,
  StoreError,
  TicketCallsError,
  VerificationCodeWrongError,
} from '@openhall/domain';
import type { Problem } from './problem.js';
import { problem } from './problem-response.js';

/**
 * The HTTP status of every stable code the domain, the use cases and the store answer with. The one
 * place that knows: errors themselves carry a code and their facts, never a status.
 */
const STATUS_OF_CODE: Readonly<Record<string, number>> = {
  validation_failed: 400,
  not_your_window: 403,
  ticket_not_found: 404,
  leave_request_not_found: 404,
  category_not_found: 404,
  window_not_found: 404,
  ticket_state_invalid: 409,
  max_calls_reached: 409,
  too_few_calls: 409,
  queue_empty: 409,
  check_in_refused: 409,
  // Another leave was taken from the same balance at that moment; nothing was saved.
  time_off_changed: 409,
  confirmation_refused: 409,
  hall_closed: 422,
  queue_busy: 503,
  calendar_out_of_range: 400,
  report_period_invalid: 400,
  patch_too_deep: 400,
  id_mismatch: 400,
  phone_not_verified: 403,
  care_role_required: 403,
  not_complaint_owner: 403,
  care_invalid_transition: 409,
  already_rated: 409,
  matter_not_commitment_based: 422,
  commitment_promise_date_required: 422,
  commitment_promise_date_past: 422,
  bundle_not_found: 404,
  help_subject_required: 422,
  case_same_owner: 409,
  bundle_lead_matter_required: 422,
  bundle_not_in_hall: 422,
  booking_not_found: 404,
  override_not_found: 404,
  national_schedule_not_found: 404,
  slot_full: 409,
  already_dispatched: 409,
  not_dispatched: 409,
  already_signed_for: 409,
  not_signed_for: 409,
  notice_already_sent: 409,
  change_pending: 409,
  no_pending_change: 409,
  not_a_desk_request: 409,
  booking_not_active: 409,
  bookings_stranded: 409,
  verification_used: 409,
  version_conflict: 409,
  config_too_large: 413,
  idempotency_key_reused: 422,
  unknown_window: 422,
  window_not_serving_matter: 422,
  not_late: 422,
  staff_change_notice_too_late: 422,
  change_cutoff_passed: 422,
  per_person_limit: 422,
  leave_balance_short: 422,
  leave_needs_cover: 422,
  leave_request_closed: 409,
  leave_request_changed: 409,
  leave_request_not_yours: 403,
  leave_request_own: 403,
  leave_refusal_reason_missing: 422,
  tenant_mismatch: 422,
  verification_code_wrong: 422,
  verification_expired: 422,
  verification_locked: 422,
  if_match_required: 428,
  rate_limited: 429,
  resend_too_soon: 429,
  stored_item_invalid: 500,
  // A message whose parameters do not fit its template: our fault, and nothing was sent.
  sms_params_invalid: 500,
  booking_busy: 503,
  // Bookings kept landing at the windows a rota save takes places from; nothing was saved.
  rota_busy: 503,
  sms_unavailable: 503,
  // The notifier answers both as sms_unavailable; mapped for a caller that surfaces them unwrapped.
  sms_rejected: 503,
  sms_outcome_unknown: 503,
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
  if (error instanceof BookingRuleError || error instanceof CareRuleError) return 422;
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
  if (error instanceof CareRuleError || error instanceof BundleError) return { ...error.detail };
  if (error instanceof StaleVersionError) return { currentVersion: error.currentVersion };
  if (error instanceof LeaveNeedsCoverError) return { proposals: [...error.proposals] };
  if (error instanceof LeaveBalanceShortError) {
    return { balanceMinutes: error.balanceMinutes, askedMinutes: error.askedMinutes };
  }
  if (error instanceof RotaStaleError) {
    return { currentVersion: error.currentVersion, changedSince: [...error.changedSince] };
  }
  if (error instanceof BookingsStrandedError) return { stranded: [...error.stranded] };
  if (error instanceof VerificationCodeWrongError) return { triesLeft: error.triesLeft };
  if (error instanceof HandlingError) return { ...error.detail };
  if (error instanceof StaffChangeNoticeTooLateError) {
    return { staffChangeNoticeHours: error.noticeHours, start: error.start };
  }
  if (error instanceof TicketCallsError) return { calls: error.calls, maxCalls: error.maxCalls };
  return {};
}

/** Seconds a client waits before trying again after the store was busy or away. */
export const STORE_RETRY_AFTER_SECONDS = 2;

/** Headers that belong with the answer: how long to wait before trying again. */
function headersOf(error: DomainError): Record<string, string> {
  if (
    error instanceof RateLimitedError ||
    error instanceof BookingBusyError ||
    error instanceof QueueBusyError ||
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
