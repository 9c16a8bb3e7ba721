import { describe, expect, it } from 'vitest';
import type { DayHours } from '../tenant/opening-policy.js';
import { openIntervals } from './open-intervals.js';

const am = { from: '09:00', to: '12:00' };
const pm = { from: '13:30', to: '17:30' };

describe('openIntervals', () => {
  it.each<{ name: string; hours: DayHours; expected: ReturnType<typeof openIntervals> }>([
    {
      name: 'keeps the lunch gap by default',
      hours: { sessions: [am, pm], mode: 'walk-in', noGapLunch: false },
      expected: [
        { from: '09:00', to: '12:00', mode: 'walk-in' },
        { from: '13:30', to: '17:30', mode: 'walk-in' },
      ],
    },
    {
      name: '午间不断档 merges the sessions into one',
      hours: { sessions: [am, pm], mode: 'walk-in', noGapLunch: true },
      expected: [{ from: '09:00', to: '17:30', mode: 'walk-in' }],
    },
    {
      name: 'carries the mode to every interval',
      hours: { sessions: [am, pm], mode: 'appointment-only', noGapLunch: false },
      expected: [
        { from: '09:00', to: '12:00', mode: 'appointment-only' },
        { from: '13:30', to: '17:30', mode: 'appointment-only' },
      ],
    },
    {
      name: 'no sessions is closed',
      hours: { sessions: [], mode: 'walk-in', noGapLunch: true },
      expected: [],
    },
  ])('$name', ({ hours, expected }) => {
    expect(openIntervals(hours)).toEqual(expected);
  });
});
