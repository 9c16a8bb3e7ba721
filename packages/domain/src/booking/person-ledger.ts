import type { LedgerEntry, PersonLedger } from '../ports/booking-store.js';
import type { LocalDate } from '../shared/primitives.js';
import { parseShanghaiIso } from '../shared/shanghai-time.js';
import type { Booking } from './booking-schemas.js';
import type { PerPersonCounts } from './per-person-limits.js';

/** Entries still counting at `now`: a booking stops being active once it has ended. */
export function activeEntries(ledger: PersonLedger, now: Date): LedgerEntry[] {
  return ledger.entries.filter((e) => Date.parse(e.end) > now.getTime());
}

/** Counts for `checkPerPersonLimits`, leaving out the booking being moved (`exceptCode`). */
export function perPersonCounts(
  active: readonly LedgerEntry[],
  matterId: string,
  date: LocalDate,
  exceptCode?: string,
): PerPersonCounts {
  const others = active.filter((e) => e.code !== exceptCode);
  return {
    activeForMatterDay: others.filter((e) => e.matterId === matterId && e.date === date).length,
    activeTotal: others.length,
  };
}

export function ledgerEntryOf(
  booking: Pick<Booking, 'code' | 'matterId' | 'hallId' | 'start' | 'end'>,
): LedgerEntry {
  return {
    code: booking.code,
    matterId: booking.matterId,
    hallId: booking.hallId,
    date: parseShanghaiIso(booking.start).date,
    end: booking.end,
  };
}
