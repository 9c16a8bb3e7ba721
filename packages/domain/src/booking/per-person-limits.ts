import type { BookingPolicy } from '../tenant/booking-policy.js';
import { fail, RULE_OK, type RuleResult } from './rule-result.js';

export interface PerPersonCounts {
  /** Active (booked or checked-in) bookings this phone already holds for the matter on the slot's day. */
  activeForMatterDay: number;
  /** Active bookings this phone already holds in all. */
  activeTotal: number;
}

/**
 * Whether one more booking keeps a phone within the limits against slot hoarding (counts are
 * before the new booking; a reschedule should not count the booking it moves).
 */
export function checkPerPersonLimits(
  counts: PerPersonCounts,
  policy: Pick<BookingPolicy, 'perPerson'>,
): RuleResult {
  const { perMatterPerDay, active } = policy.perPerson;
  if (counts.activeForMatterDay >= perMatterPerDay) {
    return fail('per_person_limit', `at most ${perMatterPerDay} active booking(s) per matter and day`, {
      limit: 'per-matter-per-day',
      max: perMatterPerDay,
    });
  }
  if (counts.activeTotal >= active) {
    return fail('per_person_limit', `at most ${active} active bookings at a time`, {
      limit: 'active',
      max: active,
    });
  }
  return RULE_OK;
}
