import {
  activeEntries,
  type Booking,
  type BookingView,
  bookingView,
  type LedgerWrite,
  type PersonLedger,
  type StoredBooking,
} from '@openhall/domain';
import { assertChangeable, withChange } from './booking-change.js';
import type { ChangeBookingDeps } from './booking-deps.js';
import { type OwnedBookingQuery, ownedBooking } from './owned-booking.js';
import { afterLostChange, withWriteAttempts } from './write-retry.js';

export interface CancelBookingInput extends OwnedBookingQuery {
  reason?: string;
  /** Recorded in the booking's history. */
  actor: string;
  /**
   * An approved staff change: not bound by the citizen's change cutoff (the approval checked
   * `staffChangeNoticeHours` or recorded force majeure).
   */
  approvedStaffChange?: boolean;
}

/**
 * Cancels the caller's booking before the change cutoff, giving its places back and taking it off
 * the person's ledger in one write. Cancelling a cancelled booking answers it again and gives
 * nothing back twice.
 */
export async function cancelBooking(
  deps: ChangeBookingDeps,
  input: CancelBookingInput,
): Promise<BookingView> {
  const now = deps.now();
  const { config, owned } = await ownedBooking(deps, input, now);
  let stored = owned;
  return withWriteAttempts(async (attempt) => {
    const { booking } = stored;
    if (booking.status === 'cancelled') return bookingView(config, stored);
    assertChangeable(config, booking, now, input.approvedStaffChange === true);
    const ledger = await deps.bookingStore.getLedger(input.tenantId, stored.personId);
    const after: Booking = {
      ...withChange(booking, now, input.actor, {
        action: 'cancelled',
        ...(input.reason ? { reason: input.reason } : {}),
      }),
      status: 'cancelled',
    };
    const outcome = await deps.bookingStore.cancelBooking({
      before: stored,
      after,
      ledger: ledgerWithout(stored, ledger, now),
      now,
    });
    if (outcome === 'cancelled') return bookingView(config, { booking: after, notice: stored.notice });
    stored = await afterLostChange(deps, { ...input, stored, attempt }, outcome);
    return undefined;
  });
}

/** The person's ledger without the booking being cancelled (and without ended entries). */
function ledgerWithout(stored: StoredBooking, ledger: PersonLedger, now: Date): LedgerWrite {
  return {
    personId: stored.personId,
    expectedVersion: ledger.version,
    entries: activeEntries(ledger, now).filter((e) => e.code !== stored.booking.code),
  };
}
