import type { BookingPolicy } from '../tenant/booking-policy.js';

/**
 * Whether a change by staff decided at `now` still reaches the applicant `staffChangeNoticeHours`
 * before the appointment's `start` (Zibo: 12 hours).
 */
export function staffChangeInTime(
  policy: Pick<BookingPolicy, 'staffChangeNoticeHours'>,
  start: string,
  now: Date,
): boolean {
  return Date.parse(start) - now.getTime() >= policy.staffChangeNoticeHours * 3_600_000;
}
