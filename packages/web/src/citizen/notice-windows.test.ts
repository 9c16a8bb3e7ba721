import type { BookingView } from '@openhall/domain';
import { seedConfigs } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import { noticeWindows } from './notice-windows.js';

/** A real window of the seed, renamed: only id, code and floor matter here. */
const seedWindow = seedConfigs[0]!.windows[0]!;
function configured(id: string, code: string, floor?: number) {
  const { floor: _, ...rest } = seedWindow;
  return { ...rest, id, code, ...(floor === undefined ? {} : { floor }) };
}
function told(id: string, code: string, floor?: number): BookingView['notice']['windows'][number] {
  return { id, code, name: { zh: code, en: code }, ...(floor === undefined ? {} : { floor }) };
}

describe('noticeWindows', () => {
  it.each([
    [
      'the code and floor the notice gave, though the configuration now says otherwise',
      [configured('a', 'X9', 1)],
      [told('a', 'A1', 3), told('b', 'B1')],
      [
        { id: 'a', code: 'A1', floor: 3 },
        { id: 'b', code: 'B1' },
      ],
    ],
    [
      'what the notice lacks from the configuration, and failing that the id',
      [configured('a', 'X9', 2)],
      [told('a', 'A1')],
      [
        { id: 'a', code: 'A1', floor: 2 },
        { id: 'b', code: 'b' },
      ],
    ],
  ])('gives %s', (_, windows, noticed, expected) => {
    const booking = { windowIds: ['a', 'b'], notice: { windows: noticed } };
    expect(noticeWindows({ windows }, booking)).toEqual(expected);
  });
});
