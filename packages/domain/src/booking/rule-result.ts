/** Stable codes the API answers with when a booking, change or walk-in is refused. */
export const BOOKING_RULE_CODES = [
  'unknown_matter',
  'matter_retired',
  'unknown_hall',
  'matter_not_in_hall',
  'matter_not_offered',
  'outside_hours',
  'in_past',
  'lead_time',
  'beyond_horizon',
  'desk_phone_closed',
  'holiday_booking_window_closed',
  'provisional_day',
  'appointment_only_day',
  'per_person_limit',
] as const;
export type BookingRuleCode = (typeof BOOKING_RULE_CODES)[number];

export interface RuleFailure {
  ok: false;
  code: BookingRuleCode;
  /** English, for logs and API clients; pages show their own text per code. */
  message: string;
  detail?: Record<string, unknown>;
}
export type RuleResult = { ok: true } | RuleFailure;

export const RULE_OK: RuleResult = Object.freeze({ ok: true });

export function fail(code: BookingRuleCode, message: string, detail?: Record<string, unknown>): RuleFailure {
  return detail === undefined ? { ok: false, code, message } : { ok: false, code, message, detail };
}
