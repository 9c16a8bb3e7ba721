import { BOOKING_RULE_CODES, type BookingPolicy } from '@openhall/domain';

/**
 * Every refusal a page may explain: the booking rules, the errors of the booking service, and the
 * page's own `unknown` for a code it has no words for yet. Each dictionary has a message per code,
 * so adding a code here fails the type-check until both languages explain it.
 */
export const PAGE_ERROR_CODES = [
  ...BOOKING_RULE_CODES,
  'slot_full',
  'rate_limited',
  'booking_not_found',
  'change_cutoff_passed',
  'idempotency_key_reused',
  'booking_not_active',
  'booking_busy',
  'phone_not_verified',
  'verification_code_wrong',
  'verification_expired',
  'verification_locked',
  'verification_used',
  'verification_not_found',
  'resend_too_soon',
  'sms_unavailable',
  'validation',
  'validation_failed',
  'unknown',
] as const;
export type PageErrorCode = (typeof PAGE_ERROR_CODES)[number];

export function isPageErrorCode(code: string): code is PageErrorCode {
  return (PAGE_ERROR_CODES as readonly string[]).includes(code);
}

/** What a message may quote: the tenant's policy, and the wait a rate limit asks for. */
export interface ErrorParams {
  policy: BookingPolicy;
  retryAfterSeconds?: number;
}

/** Why a day cannot be booked, as the date pickers explain it. */
export type ClosedReason =
  | 'hall_closed'
  | 'matter_not_offered'
  | 'holiday_booking_window_closed'
  | 'provisional_day'
  /** Every slot of the day has started or is inside the lead time. */
  | 'no_slot_left';
