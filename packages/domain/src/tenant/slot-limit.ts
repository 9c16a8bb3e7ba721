/**
 * Moving a booking is one atomic write of the booking, the person's ledger, its event, the places
 * guard, every 5-minute place it gives back and every one it takes, and (一件事一次办) its entry
 * under each window of the bundle. The store writes it in one DynamoDB transaction, which holds at
 * most 100 items: a slot longer than that allows could be booked but never moved, so the
 * configuration refuses it.
 */
const MAX_ITEMS_OF_ONE_WRITE = 100;
/** The booking, the ledger, the event and the places guard. */
const FIXED_ITEMS_OF_A_MOVE = 4;

/**
 * The longest slot a matter may have when its bookings are listed under `windowEntries` windows
 * (0 for a single matter; a bundle's windows otherwise): 240 minutes for a single matter.
 * @example longestSlotMinutes(0) // 240
 */
export function longestSlotMinutes(windowEntries: number): number {
  const buckets = Math.floor((MAX_ITEMS_OF_ONE_WRITE - FIXED_ITEMS_OF_A_MOVE - windowEntries) / 2);
  return Math.max(0, buckets) * 5;
}
