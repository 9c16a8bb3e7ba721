import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  BOOKING_CODE_ALPHABET,
  BOOKING_CODE_LENGTH,
  formatBookingCode,
  generateBookingCode,
  isValidBookingCode,
  normaliseBookingCode,
} from './booking-code.js';

const csprng = (n: number) => new Uint8Array(randomBytes(n));

/** Deterministic bytes so a failure reproduces. */
function seeded(seed: number): (n: number) => Uint8Array {
  let x = seed >>> 0 || 1;
  return (n) =>
    Uint8Array.from({ length: n }, () => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return (x >>> 0) & 0xff;
    });
}

describe('alphabet', () => {
  it('has no symbol that reads like another and a prime size', () => {
    for (const c of 'ILOUZ01') expect(BOOKING_CODE_ALPHABET).not.toContain(c);
    expect(new Set(BOOKING_CODE_ALPHABET).size).toBe(BOOKING_CODE_ALPHABET.length);
    const n = BOOKING_CODE_ALPHABET.length;
    const isPrime = Array.from({ length: n - 2 }, (_, i) => i + 2).every((d) => n % d !== 0);
    expect(isPrime).toBe(true);
  });

  it('gives at least 38 bits to the random part', () => {
    expect((BOOKING_CODE_LENGTH - 1) * Math.log2(BOOKING_CODE_ALPHABET.length)).toBeGreaterThanOrEqual(38);
  });
});

describe('generateBookingCode', () => {
  it('produces valid canonical codes, without repeats in a large sample', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 5000; i++) {
      const code = generateBookingCode(csprng);
      expect(code).toMatch(new RegExp(`^[${BOOKING_CODE_ALPHABET}]{${BOOKING_CODE_LENGTH}}$`));
      expect(normaliseBookingCode(code)).toBe(code);
      seen.add(code);
    }
    expect(seen.size).toBe(5000);
  });

  it('uses every symbol of the alphabet about equally (no modulo bias)', () => {
    const counts = new Map<string, number>();
    const rng = seeded(42);
    const codes = 20000;
    for (let i = 0; i < codes; i++) {
      for (const c of generateBookingCode(rng).slice(0, BOOKING_CODE_LENGTH - 1)) {
        counts.set(c, (counts.get(c) ?? 0) + 1);
      }
    }
    const expected = (codes * (BOOKING_CODE_LENGTH - 1)) / BOOKING_CODE_ALPHABET.length;
    expect(counts.size).toBe(BOOKING_CODE_ALPHABET.length);
    for (const n of counts.values()) expect(Math.abs(n - expected) / expected).toBeLessThan(0.05);
  });

  it('skips bytes that would bias the draw', () => {
    // 255 is above the last full multiple of 29, so only the 3s (value of symbol "5") count.
    const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i % 2 ? 3 : 255));
    expect(generateBookingCode(bytes).slice(0, 8)).toBe('55555555');
  });

  it('refuses a source that never yields a usable byte', () => {
    expect(() => generateBookingCode((n) => new Uint8Array(n).fill(255))).toThrow(/random/);
  });
});

describe('normaliseBookingCode', () => {
  const code = generateBookingCode(seeded(7));

  it.each([
    ['display form', formatBookingCode(code)],
    ['lower case', code.toLowerCase()],
    ['spaces', ` ${code.slice(0, 4)} ${code.slice(4)} `],
    ['full-width', [...code].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('')],
  ])('accepts the %s', (_label, input) => {
    expect(normaliseBookingCode(input)).toBe(code);
  });

  it.each([
    ['too short', code.slice(0, -1)],
    ['too long', `${code}2`],
    ['a letter O', `O${code.slice(1)}`],
    ['a digit 1', `1${code.slice(1)}`],
    ['empty', ''],
  ])('rejects %s', (_label, input) => {
    expect(normaliseBookingCode(input)).toBeUndefined();
    expect(isValidBookingCode(input)).toBe(false);
  });

  it('catches every single-character substitution in a sample of codes', () => {
    const rng = seeded(99);
    for (let n = 0; n < 200; n++) {
      const c = generateBookingCode(rng);
      for (let i = 0; i < c.length; i++) {
        for (const s of BOOKING_CODE_ALPHABET) {
          if (s === c[i]) continue;
          expect(isValidBookingCode(c.slice(0, i) + s + c.slice(i + 1))).toBe(false);
        }
      }
    }
  });

  it('catches every adjacent transposition in a sample of codes', () => {
    const rng = seeded(123);
    let swaps = 0;
    for (let n = 0; n < 2000; n++) {
      const c = generateBookingCode(rng);
      for (let i = 0; i + 1 < c.length; i++) {
        if (c[i] === c[i + 1]) continue;
        swaps++;
        expect(isValidBookingCode(c.slice(0, i) + c[i + 1] + c[i] + c.slice(i + 2))).toBe(false);
      }
    }
    expect(swaps).toBeGreaterThan(10000);
  });
});

describe('formatBookingCode', () => {
  it('groups in threes', () => {
    expect(formatBookingCode('K7QXM4RTD')).toBe('K7Q-XM4-RTD');
    expect(isValidBookingCode('K7Q-XM4-RTD')).toBe(true);
  });
});
