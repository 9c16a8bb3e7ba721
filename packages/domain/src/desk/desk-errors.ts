import { DomainError } from '../shared/errors.js';

/** Codes of the refusals of the desk's flow; each names the state or the rule that refused. */
export type HandlingErrorCode =
  | 'not_a_desk_request'
  | 'already_dispatched'
  | 'not_dispatched'
  | 'already_signed_for'
  | 'not_signed_for'
  | 'notice_already_sent'
  | 'unknown_window'
  | 'window_not_serving_matter'
  | 'not_your_window'
  | 'not_late'
  | 'change_pending'
  | 'no_pending_change'
  | 'booking_not_active';

/** The desk's flow refused a step: the booking is not in a state that allows it, or not this member's. */
export class HandlingError extends DomainError {
  constructor(
    readonly code: HandlingErrorCode,
    message: string,
    readonly detail?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/**
 * A staff change would reach the applicant less than `staffChangeNoticeHours` before the
 * appointment, and no force majeure is recorded.
 */
export class StaffChangeNoticeTooLateError extends DomainError {
  readonly code = 'staff_change_notice_too_late';
  constructor(
    readonly noticeHours: number,
    readonly start: string,
  ) {
    super(`a change by staff must reach the applicant ${noticeHours} hours before ${start}`);
  }
}
