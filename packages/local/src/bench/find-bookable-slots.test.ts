import { describe, expect, it } from 'vitest';
import { onePerWindow } from './find-bookable-slots.js';

describe('onePerWindow', () => {
  it('keeps only matters that share no window with an earlier one', () => {
    const matters = [
      { id: 'filing', windowIds: ['b11'] },
      { id: 'permit', windowIds: ['b11', 'b12'] },
      { id: 'licence', windowIds: ['b02'] },
      { id: 'registration', windowIds: ['b03', 'b04'] },
      { id: 'pledge', windowIds: ['b04'] },
    ];
    expect(onePerWindow(matters)).toEqual(['filing', 'licence', 'registration']);
  });
});
