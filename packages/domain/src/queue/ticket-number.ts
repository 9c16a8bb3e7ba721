/**
 * The number a ticket is called by: its category's prefix and the day's sequence, at least three
 * digits (A001 … A999, then A1000).
 * @example formatTicketNumber('A', 23) // 'A023'
 */
export function formatTicketNumber(prefix: string, seq: number): string {
  if (!Number.isSafeInteger(seq) || seq < 1)
    throw new RangeError(`ticket sequence ${seq} is not a positive integer`);
  return `${prefix}${String(seq).padStart(3, '0')}`;
}
