/**
 * 预约码: what a citizen reads out at the desk or types to change a booking.
 *
 * Alphabet: Crockford base32 (already without I, L, O, U) minus 0 and 1, which are confused with
 * O and I/L when handwritten or read aloud, and minus Z, confused with 2. That leaves 29 symbols:
 * a prime, so a weighted sum modulo 29 catches EVERY single wrong character and EVERY swap of two
 * neighbours (with 30 or 32 symbols some swaps slip through). Since no letter maps onto a digit,
 * a typed O, I, L, U, Z, 0 or 1 is simply rejected rather than guessed.
 *
 * Eight random symbols carry 8·log2(29) ≈ 38.9 bits; a ninth is the check symbol. Shown in three
 * groups of three (`K7Q-XM4-RTD`), the chunk size people repeat back most reliably.
 */
export const BOOKING_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXY';
const BASE = BOOKING_CODE_ALPHABET.length;
const DATA_LENGTH = 8;
export const BOOKING_CODE_LENGTH = DATA_LENGTH + 1;
/** Largest multiple of BASE below 256: bytes at or above it are dropped so every symbol is equally likely. */
const BYTE_LIMIT = Math.floor(256 / BASE) * BASE;

function symbolValue(symbol: string): number {
  return BOOKING_CODE_ALPHABET.indexOf(symbol);
}

/** Weighted sum with weights 9..2 for the data symbols; the check symbol (weight 1) brings it to 0 mod 29. */
function checkSymbol(data: string): string {
  let sum = 0;
  for (let i = 0; i < data.length; i++) sum += (BOOKING_CODE_LENGTH - i) * symbolValue(data[i]!);
  return BOOKING_CODE_ALPHABET[(BASE - (sum % BASE)) % BASE]!;
}

/**
 * A new code from a CSPRNG (pass `crypto.getRandomValues`-backed bytes), canonical form without dashes.
 * @example generateBookingCode((n) => crypto.getRandomValues(new Uint8Array(n))) // 'K7QXM4RTD'
 */
export function generateBookingCode(randomBytes: (n: number) => Uint8Array): string {
  let data = '';
  for (let round = 0; data.length < DATA_LENGTH; round++) {
    if (round > 64) throw new Error('randomBytes keeps returning unusable bytes: is it random?');
    for (const byte of randomBytes(DATA_LENGTH * 2)) {
      if (byte < BYTE_LIMIT && data.length < DATA_LENGTH) data += BOOKING_CODE_ALPHABET[byte % BASE];
    }
  }
  return data + checkSymbol(data);
}

/**
 * The canonical code from what someone typed (any case, spaces, dashes, full-width characters),
 * or undefined when it cannot be a code: wrong length, a symbol outside the alphabet, or a
 * failed check symbol (a typo caught before any lookup).
 */
export function normaliseBookingCode(input: string): string | undefined {
  const code = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐‑–—]/g, '');
  if (code.length !== BOOKING_CODE_LENGTH) return undefined;
  if (![...code].every((c) => symbolValue(c) >= 0)) return undefined;
  return checkSymbol(code.slice(0, DATA_LENGTH)) === code[DATA_LENGTH] ? code : undefined;
}

export function isValidBookingCode(input: string): boolean {
  return normaliseBookingCode(input) !== undefined;
}

/** Display form in groups of three. @example formatBookingCode('K7QXM4RTD') // 'K7Q-XM4-RTD' */
export function formatBookingCode(code: string): string {
  return code.match(/.{1,3}/g)?.join('-') ?? code;
}
