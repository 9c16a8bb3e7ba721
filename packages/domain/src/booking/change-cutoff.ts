import type { BookingPolicy } from '../tenant/booking-policy.js';

/**
 * True while a citizen may still reschedule or cancel: until `changeCutoffMinutes` before the
 * start. Staff changes follow their own notice rule (Zibo: 12 hours, with the section's approval).
 */
export function isBeforeChangeCutoff(input: {
  start: string;
  now: Date;
  policy: Pick<BookingPolicy, 'changeCutoffMinutes'>;
}): boolean {
  return Date.parse(input.start) - input.now.getTime() >= input.policy.changeCutoffMinutes * 60_000;
}
