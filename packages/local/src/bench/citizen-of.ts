import type { Citizen } from './citizen-http.js';

/** Invented names (after the solar terms), so no real person's name appears in the data. */
const NAMES = ['周立春', '吴雨水', '郑惊蛰', '王春分', '冯清明', '陈谷雨', '褚立夏', '卫小满'];

/** Mobile prefixes per series, so the citizens of the HTTP and the direct runs never share a phone. */
const PREFIX = { http: '139', direct: '137' } as const;

/**
 * The n-th citizen of a series: a phone of their own (per-person limits never refuse the bench) and
 * a loopback client address of their own (the per-client rate limit never does either).
 * @example citizenOf('http', 258) // { name: '郑惊蛰', phone: '13900000258', address: '127.1.1.2' }
 */
export function citizenOf(series: keyof typeof PREFIX, n: number): Citizen {
  if (!Number.isInteger(n) || n < 0 || n >= 2 ** 24)
    throw new RangeError(`citizen number out of range: ${n}`);
  return {
    name: NAMES[n % NAMES.length]!,
    phone: `${PREFIX[series]}${String(n).padStart(8, '0')}`,
    address: `127.${(n >> 16) + 1}.${(n >> 8) & 255}.${n & 255}`,
  };
}
