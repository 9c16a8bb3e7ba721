import type { Booking, BookingStore, HallDate } from '@openhall/domain';

/** Hall-day ledgers read at once: enough to be quick, few enough not to crowd the table. */
const READS_AT_ONCE = 8;

/**
 * The bookings of the given hall-days, one `bookingsOfHallDay` Query each (never a scan), a few at
 * a time. How many are read is bounded by the halls times the booking horizon (`strandableHallDays`).
 */
export async function bookingsOfHallDays(
  bookingStore: BookingStore,
  tenantId: string,
  hallDays: readonly HallDate[],
): Promise<Booking[]> {
  const bookings: Booking[] = [];
  for (let i = 0; i < hallDays.length; i += READS_AT_ONCE) {
    const batch = hallDays.slice(i, i + READS_AT_ONCE);
    const days = await Promise.all(
      batch.map((d) => bookingStore.bookingsOfHallDay(tenantId, d.hallId, d.date)),
    );
    for (const day of days) bookings.push(...day.map((s) => s.booking));
  }
  return bookings;
}
