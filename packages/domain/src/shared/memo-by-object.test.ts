import { describe, expect, it } from 'vitest';
import { memoByObjectKeys } from './memo-by-object.js';

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
