import { describe, expect, it } from 'vitest';
import { VersionedCache } from './versioned-cache.js';

describe('VersionedCache', () => {
  it('answers only for the very version it holds', () => {
    const cache = new VersionedCache<string, string>(2);
    cache.remember('zibo', 3, 'v3');
    expect(cache.get('zibo', 3)).toBe('v3');
    expect(cache.get('zibo', 4)).toBeUndefined();
    expect(cache.get('zibo', undefined)).toBeUndefined();
    expect(cache.get('boai', 3)).toBeUndefined();
  });

  it('drops the least recently used key beyond its capacity', () => {
    const cache = new VersionedCache<string, number>(2);
    cache.remember('a', 1, 1);
    cache.remember('b', 1, 2);
    expect(cache.get('a', 1)).toBe(1);
    cache.remember('c', 1, 3);
    expect(cache.get('b', 1)).toBeUndefined();
    expect(cache.get('a', 1)).toBe(1);
    expect(cache.get('c', 1)).toBe(3);
  });

  it('holds nothing with a capacity of 0', () => {
    const cache = new VersionedCache<string, number>(0);
    cache.remember('a', 1, 1);
    expect(cache.get('a', 1)).toBeUndefined();
  });
});
