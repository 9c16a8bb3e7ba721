import { describe, expect, it } from 'vitest';
import { canonicalJson, createKeyedHasher, sameText } from './keyed-hasher.js';

const secret = 'a-test-secret-of-at-least-32-characters!';

describe('createKeyedHasher', () => {
  const hasher = createKeyedHasher(secret);

  it('names a phone by 32 hex characters that do not contain it', () => {
    const id = hasher.personId('zibo', '13812345678');
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(id).toBe(hasher.personId('zibo', '13812345678'));
  });

  it.each([
    { case: 'another tenant', other: () => hasher.personId('boai', '13812345678') },
    { case: 'another phone', other: () => hasher.personId('zibo', '13812345679') },
    { case: 'another secret', other: () => createKeyedHasher(`${secret}?`).personId('zibo', '13812345678') },
    { case: 'a client with the same text', other: () => hasher.clientKey('zibo', '13812345678') },
  ])('gives an unrelated id for $case', ({ other }) => {
    expect(other()).not.toBe(hasher.personId('zibo', '13812345678'));
  });

  it('fingerprints a request whatever the order of its keys', () => {
    expect(hasher.requestHash('zibo', { a: 1, b: { c: [1, 2], d: 'x' } })).toBe(
      hasher.requestHash('zibo', { b: { d: 'x', c: [1, 2] }, a: 1 }),
    );
    expect(hasher.requestHash('zibo', { a: 1 })).not.toBe(hasher.requestHash('zibo', { a: 2 }));
  });

  it('refuses a short secret', () => {
    expect(() => createKeyedHasher('too-short')).toThrow(RangeError);
  });
});

describe('canonicalJson', () => {
  it.each([
    { value: { b: 1, a: [true, null, 'x'] }, json: '{"a":[true,null,"x"],"b":1}' },
    { value: { a: undefined, b: 2 }, json: '{"b":2}' },
    { value: '李明', json: '"李明"' },
  ])('$json', ({ value, json }) => {
    expect(canonicalJson(value)).toBe(json);
  });
});

describe('sameText', () => {
  it.each([
    ['13812345678', '13812345678', true],
    ['13812345678', '13812345679', false],
    ['1381234567', '13812345678', false],
  ])('%s vs %s: %s', (a, b, same) => {
    expect(sameText(a, b)).toBe(same);
  });
});
