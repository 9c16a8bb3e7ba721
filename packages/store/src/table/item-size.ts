const utf8 = new TextEncoder();

function bytes(text: string): number {
  return utf8.encode(text).length;
}

/** DynamoDB's documented cost of a number: one byte per two significant digits, plus one. */
function numberSize(value: number): number {
  const digits = String(Math.abs(value))
    .replace(/e.*$/, '')
    .replace('.', '')
    .replace(/^0+/, '')
    .replace(/0+$/, '');
  return Math.min(21, Math.ceil(Math.max(digits.length, 1) / 2) + 1);
}

function valueSize(value: unknown): number {
  if (value === undefined) return 0;
  if (value === null || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return bytes(value);
  if (typeof value === 'number') return numberSize(value);
  if (value instanceof Uint8Array) return value.length;
  if (Array.isArray(value)) {
    // A list costs 3 bytes plus 1 per element on top of the elements.
    return 3 + value.reduce<number>((sum, item) => sum + 1 + valueSize(item), 0);
  }
  if (typeof value === 'object') {
    // A map costs 3 bytes plus 1 per entry on top of its names and values.
    return (
      3 +
      Object.entries(value).reduce(
        (sum, [k, v]) => (v === undefined ? sum : sum + 1 + bytes(k) + valueSize(v)),
        0,
      )
    );
  }
  return bytes(String(value));
}

/**
 * Size of an item as DynamoDB counts it against the 400 KB limit (attribute names plus values),
 * computed on the plain object the DocumentClient marshals; undefined attributes are dropped there.
 */
export function itemSizeBytes(item: object): number {
  return Object.entries(item).reduce(
    (sum, [name, value]) => (value === undefined ? sum : sum + bytes(name) + valueSize(value)),
    0,
  );
}
