import { describe, expect, it } from 'vitest';
import { memoByObject, memoByObjectKeys } from './memo-by-object.js';

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

describe('memoByObjectKeys', () => {
  it('computes once per owner and pair of keys, never mixing pairs that would join to one string', () => {
    let calls = 0;
    const joined = memoByObjectKeys((owner: { text: string }, a: string, b: string | number) => {
      calls++;
      return `${owner.text}:${a}/${b}`;
    });
    const o = { text: 'o' };
    const p = { text: 'p' };

    expect([
      joined(o, 'h|1', 'x'),
      joined(o, 'h', '1|x'),
      joined(o, 'h|1', 'x'),
      joined(o, 'h', 30),
      joined(o, 'h', '30'),
      joined(p, 'h|1', 'x'),
    ]).toEqual(['o:h|1/x', 'o:h/1|x', 'o:h|1/x', 'o:h/30', 'o:h/30', 'p:h|1/x']);
    expect(calls).toBe(5);
  });

  it('keeps at most `max` answers per owner, and still answers rightly after forgetting', () => {
    let calls = 0;
    const sum = memoByObjectKeys((_: object, a: number, b: number) => {
      calls++;
      return a + b;
    }, 2);
    const owner = {};
    const answers = [
      [1, 1],
      [1, 2],
      [2, 1],
      [1, 1],
      [2, 1],
    ].map(([a, b]) => sum(owner, a!, b!));

    expect(answers).toEqual([2, 3, 3, 2, 3]);
    // The third answer made room by forgetting the first two, so [1, 1] was worked out again.
    expect(calls).toBe(4);
  });
});
