import { describe, expect, it } from 'vitest';
import { memoByObject } from './memo-by-object.js';

describe('memoByObject', () => {
  it('computes once per owner and key', () => {
    let calls = 0;
    const lengthOf = memoByObject((owner: { text: string }, key: string) => {
      calls++;
      return `${owner.text}:${key}`;
    });
    const a = { text: 'a' };
    const b = { text: 'b' };

    expect([lengthOf(a, 'x'), lengthOf(a, 'x'), lengthOf(a, 'y'), lengthOf(b, 'x')]).toEqual([
      'a:x',
      'a:x',
      'a:y',
      'b:x',
    ]);
    expect(calls).toBe(3);
  });

  it('keeps at most `max` keys per owner', () => {
    let calls = 0;
    const twice = memoByObject((_: object, key: string) => {
      calls++;
      return key.repeat(2);
    }, 2);
    const owner = {};
    for (const key of ['a', 'b', 'c', 'a']) twice(owner, key);
    expect(calls).toBe(4);
  });
});
