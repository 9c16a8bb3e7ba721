import { describe, expect, it } from 'vitest';
import { placesTakenOf } from './places-taken-of.js';

describe('placesTakenOf', () => {
  it('groups counters by window and bucket, keeping only the windows asked for', () => {
    const items = [
      { sk: 'b02#09:30', taken: 2 },
      { sk: 'b02#09:35', taken: 1 },
      { sk: 'b02-a#09:30', taken: 5 },
      { sk: 'b03#10:00', taken: 1 },
      { sk: 'b03#10:05' },
    ];
    const taken = placesTakenOf(items, ['b02', 'b03']);
    expect([...taken.keys()]).toEqual(['b02', 'b03']);
    expect(Object.fromEntries(taken.get('b02')!)).toEqual({ '09:30': 2, '09:35': 1 });
    expect(Object.fromEntries(taken.get('b03')!)).toEqual({ '10:00': 1 });
    expect([...placesTakenOf(items).keys()]).toEqual(['b02', 'b02-a', 'b03']);
  });
});
