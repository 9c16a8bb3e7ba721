import {
  BookingBusyError,
  type CancelBookingOutcome,
  type RescheduleBookingOutcome,
  type StoredBooking,
} from '@openhall/domain';
import type { BookingDeps } from './booking-deps.js';
import { rereadBooking } from './owned-booking.js';
import { backoffMs, MAX_WRITE_ATTEMPTS, sleep } from './retry-backoff.js';

/**
 * Runs `attempt` (1, 2, …) until it answers, at most `MAX_WRITE_ATTEMPTS` times; an attempt that
 * lost a race answers undefined and the next one starts. After the last: `booking_busy` (503).
 */
export async function withWriteAttempts<T>(attempt: (n: number) => Promise<T | undefined>): Promise<T> {
  for (let n = 1; n <= MAX_WRITE_ATTEMPTS; n++) {
    const answer = await attempt(n);
    if (answer !== undefined) return answer;
  }
  throw new BookingBusyError();
}

/** Waits after a transaction conflict, longer each attempt, with jitter. */
export function waitAfterConflict(
  deps: Pick<BookingDeps, 'sleep' | 'random'>,
  attempt: number,
): Promise<void> {
  return (deps.sleep ?? sleep)(backoffMs(attempt, deps.random ?? Math.random));
}

/**
 * What a change of a booking tries next after a write that did not land: after a conflict it waits
 * and reads the booking again; a changed booking is read again; after a changed ledger or a bucket
 * that filled, the same booking is tried with fresh reads of the rest.
 */
export async function afterLostChange(
  deps: Pick<BookingDeps, 'bookingStore' | 'sleep' | 'random'>,
  q: { tenantId: string; code: string; stored: StoredBooking; attempt: number },
  outcome: Exclude<CancelBookingOutcome | RescheduleBookingOutcome, 'cancelled' | 'rescheduled'>,
): Promise<StoredBooking> {
  if (outcome === 'conflict') await waitAfterConflict(deps, q.attempt);
  if (outcome === 'ledger_changed' || outcome === 'slot_full' || outcome === 'rota_changed') return q.stored;
  return rereadBooking(deps.bookingStore, q.tenantId, q.code);
}
