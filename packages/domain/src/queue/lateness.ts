/**
 * A booking is late when it is still not checked in `lateLimitMinutes` (bookingPolicy) after its
 * start: the applicant is then contacted (Zibo: 30 minutes). Pure; `now` is passed.
 */
export function isLate(
  booking: { status: string; start: string },
  lateLimitMinutes: number,
  now: Date,
): boolean {
  return (
    booking.status === 'booked' && now.getTime() >= Date.parse(booking.start) + lateLimitMinutes * 60_000
  );
}
