import { describe, expect, it } from 'vitest';
import { minutesOf } from '../shared/primitives.js';
import { shanghaiIsoAt } from '../shared/shanghai-time.js';
import { daySlotGrid, slotTimes } from './day-slot-grid.js';
import { calendarDay } from './test-fixtures.js';

describe('daySlotGrid', () => {
  const day = calendarDay('2026-12-31', 'workday', {
    hallId: 'h1',
    intervals: [
      { from: '09:00', to: '10:10', mode: 'walk-in' },
      { from: '10:00', to: '11:00', mode: 'appointment-only' },
      { from: '23:00', to: '24:00', mode: 'appointment-only' },
    ],
  });

  it('has every slot of slotTimes, with its ISO start and end, instant and the mode of the first interval holding it', () => {
    const grid = daySlotGrid(day, 'h1', 30);
    const intervals = day.halls[0]!.intervals;
    expect(grid.intervals).toBe(intervals);
    expect(grid.slots.map((s) => ({ from: s.from, to: s.to }))).toEqual(slotTimes(intervals, 30));
    for (const s of grid.slots) {
      expect(s.start).toBe(shanghaiIsoAt(day.date, s.from));
      expect(s.end).toBe(shanghaiIsoAt(day.date, s.to));
      expect(s.instant).toBe(Date.parse(s.start));
      expect([s.fromMinutes, s.toMinutes]).toEqual([minutesOf(s.from), minutesOf(s.to)]);
    }
    expect(grid.slots.map((s) => [s.from, s.mode])).toEqual([
      ['09:00', 'walk-in'],
      ['09:30', 'walk-in'],
      // 10:00 lies in both the first interval and the second: the first decides.
      ['10:00', 'walk-in'],
      ['10:30', 'appointment-only'],
      ['23:00', 'appointment-only'],
      ['23:30', 'appointment-only'],
    ]);
    // An interval ending at midnight ends its last slot at 00:00 of the next day.
    expect(grid.slots.at(-1)!.end).toBe('2027-01-01T00:00:00+08:00');
    expect([...grid.starts]).toEqual(grid.slots.map((s) => s.from));
    expect(grid.midnight).toBe(Date.parse('2026-12-31T00:00:00+08:00'));
  });

  it('is worked out once per day, hall and slot length', () => {
    expect(daySlotGrid(day, 'h1', 30)).toBe(daySlotGrid(day, 'h1', 30));
    expect(daySlotGrid(day, 'h1', 60)).not.toBe(daySlotGrid(day, 'h1', 30));
    expect(daySlotGrid(day, 'h1', 60).slots.map((s) => s.from)).toEqual(['09:00', '10:00', '23:00']);
    const sameHours = calendarDay('2027-01-04', 'workday', {
      hallId: 'h1',
      intervals: day.halls[0]!.intervals,
    });
    expect(daySlotGrid(sameHours, 'h1', 30).slots[0]!.start).toBe('2027-01-04T09:00:00+08:00');
  });

  it('is empty for a hall the day does not have', () => {
    const grid = daySlotGrid(day, 'elsewhere', 30);
    expect([grid.intervals, grid.slots, grid.starts.size]).toEqual([[], [], 0]);
  });
});
