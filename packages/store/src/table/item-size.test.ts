import { describe, expect, it } from 'vitest';
import { itemSizeBytes } from './item-size.js';

describe('itemSizeBytes', () => {
  it.each([
    { case: 'an ASCII string', item: { pk: 'abc' }, size: 2 + 3 },
    { case: 'a Chinese string (3 bytes a character in UTF-8)', item: { n: '窗口' }, size: 1 + 6 },
    { case: 'a small number', item: { v: 7 }, size: 1 + 2 },
    { case: 'a number of 4 significant digits', item: { v: 1234 }, size: 1 + 3 },
    { case: 'trailing zeros do not count', item: { v: 1_000_000 }, size: 1 + 2 },
    { case: 'a boolean and a null', item: { a: true, b: null }, size: 2 + 2 },
    { case: 'a list', item: { l: ['ab', 'c'] }, size: 1 + 3 + (1 + 2) + (1 + 1) },
    { case: 'a map counts its names', item: { m: { ab: 'x' } }, size: 1 + 3 + 1 + 2 + 1 },
    { case: 'undefined attributes are dropped', item: { a: 'x', b: undefined }, size: 2 },
  ])('$case', ({ item, size }) => {
    expect(itemSizeBytes(item)).toBe(size);
  });

  it('grows with the content', () => {
    const small = itemSizeBytes({ config: { materials: ['x'] } });
    const large = itemSizeBytes({
      config: { materials: Array.from({ length: 100 }, () => 'x'.repeat(100)) },
    });
    expect(large - small).toBeGreaterThan(100 * 100);
  });
});
