import { describe, expect, it } from 'vitest';
import { timeOf } from '../shared/primitives.js';
import { bucketTimes } from './bucket-times.js';
import {
  chooseWindow,
  countedDayRoomOf,
  countedPlaces,
  dayRoomOf,
  type PlacesTaken,
  slotRoom,
  type WindowPlaces,
  windowPlaces,
  windowRoom,
} from './window-places.js';

type Counts = Partial<Record<string, Partial<Record<string, number>>>>;

const taken = (byWindow: Counts): PlacesTaken =>
  new Map(
    Object.entries(byWindow).map(([w, times]) => [
      w,
      new Map(Object.entries(times ?? {}).map(([t, n]) => [t, n ?? 0] as const)),
    ]),
  );

const thirtyAtTen = ['10:00', '10:05', '10:10', '10:15', '10:20', '10:25'];

describe('windowPlaces', () => {
  it('holds back whole places per window, in the order given', () => {
    const windows = [
      { id: 'b11', staffCount: 1 },
      { id: 'b12', staffCount: 5 },
      { id: 'b13', staffCount: 3 },
    ];
    expect(windowPlaces(windows, 20, 'online')).toEqual([
      { windowId: 'b11', limit: 1 },
      { windowId: 'b12', limit: 4 },
      { windowId: 'b13', limit: 3 },
    ]);
    expect(windowPlaces(windows, 20, 'desk').map((w) => w.limit)).toEqual([1, 5, 3]);
  });
});

describe('windowRoom', () => {
  const b11 = { windowId: 'b11', limit: 2 };

  it.each([
    { case: 'an empty window', taken: {}, room: 2 },
    { case: 'one bucket half taken', taken: { b11: { '10:15': 1 } }, room: 1 },
    { case: 'the last bucket full', taken: { b11: { '10:25': 2 } }, room: 0 },
    { case: 'a bucket over the limit (staff cut since)', taken: { b11: { '10:00': 3 } }, room: 0 },
    { case: 'the bucket just after the slot full', taken: { b11: { '10:30': 2 } }, room: 2 },
    { case: 'another window full', taken: { b12: { '10:00': 9 } }, room: 2 },
  ])('leaves $room in $case', ({ taken: t, room }) => {
    expect(windowRoom(b11, taken(t), thirtyAtTen)).toBe(room);
  });

  it('counts the buckets a booking holds itself as free, at its own window only', () => {
    const full = taken({ b11: { '10:00': 2, '10:30': 2 } });
    const held = { windowId: 'b11', times: new Set(['10:00', '10:05']) };
    expect(windowRoom(b11, full, thirtyAtTen, held)).toBe(1);
    expect(windowRoom(b11, full, ['10:25', '10:30'], held)).toBe(0);
    expect(windowRoom(b11, full, thirtyAtTen, { ...held, windowId: 'b12' })).toBe(0);
  });
});

describe('slotRoom and chooseWindow', () => {
  const windows = [
    { windowId: 'b11', limit: 1 },
    { windowId: 'b12', limit: 2 },
  ];

  it('adds up the room of every window', () => {
    expect(slotRoom(windows, taken({}), thirtyAtTen)).toBe(3);
    expect(slotRoom(windows, taken({ b11: { '10:10': 1 }, b12: { '10:20': 1 } }), thirtyAtTen)).toBe(1);
  });

  it.each([
    { case: 'both free', taken: {}, chosen: 'b11' },
    { case: 'the first full in one bucket', taken: { b11: { '10:25': 1 } }, chosen: 'b12' },
    { case: 'both full', taken: { b11: { '10:00': 1 }, b12: { '10:05': 2 } }, chosen: undefined },
  ])('chooses the first window with room in every bucket: $case', ({ taken: t, chosen }) => {
    expect(chooseWindow(windows, taken(t), thirtyAtTen)?.windowId).toBe(chosen);
  });

  it('tries a moving booking’s own window first, its own buckets counted as free', () => {
    // Moving 10:00-11:00 to 10:30-11:30 at a full one-person window: it only meets itself.
    const own = bucketTimes('2026-11-26T10:00:00+08:00', '2026-11-26T11:00:00+08:00');
    const mine = taken({ b12: Object.fromEntries(own.map((t) => [t, 2])) });
    const held = { windowId: 'b12', times: new Set(own) };
    const later = bucketTimes('2026-11-26T10:30:00+08:00', '2026-11-26T11:30:00+08:00');
    expect(chooseWindow(windows, mine, later, held)).toEqual({ windowId: 'b12', limit: 2 });
    expect(chooseWindow(windows, mine, later)).toEqual({ windowId: 'b11', limit: 1 });
  });
});

describe('countedDayRoomOf', () => {
  /** A small deterministic generator, so a failure names the case it failed on. */
  function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
      state = (state * 1664525 + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
  }

  it('answers every slot exactly as dayRoomOf does, whatever is taken and wherever', () => {
    const next = random(20261130);
    let compared = 0;
    for (let round = 0; round < 300; round++) {
      const count = 1 + Math.floor(next() * 12);
      // Limits from -1 (a rota can leave less than nobody after a cut) to 4; now and then two windows share an id.
      const windows: WindowPlaces[] = Array.from({ length: count }, (_, i) => ({
        windowId: next() < 0.05 && i > 0 ? `w${i - 1}` : `w${i}`,
        limit: Math.floor(next() * 6) - 1,
      }));
      const taken = new Map<string, Map<string, number>>();
      // Windows of the matter with some buckets taken, some with an empty map, and windows of other matters.
      for (let i = 0; i < count + 3; i++) {
        if (next() < 0.5) continue;
        const counts = new Map<string, number>();
        if (next() < 0.8) {
          for (let t = 9 * 60; t < 12 * 60; t += 5) {
            if (next() < 0.3) counts.set(timeOf(t), Math.floor(next() * 5));
          }
        }
        taken.set(i < count ? `w${i}` : `other-${i}`, counts);
      }
      const expected = dayRoomOf(windows, taken);
      const counted = countedDayRoomOf(countedPlaces(windows), taken);
      expect(counted.capacity).toBe(expected.capacity);
      for (let from = 9 * 60; from < 12 * 60; from += 15) {
        for (const length of [5, 20, 30, 60]) {
          expect(counted.room(from, from + length), `round ${round} at ${from}+${length}`).toBe(
            expected.room(from, from + length),
          );
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });

  it('counts only the windows with places taken, and the whole limit of the others', () => {
    const counted = countedPlaces([
      { windowId: 'b11', limit: 2 },
      { windowId: 'b12', limit: 3 },
    ]);
    expect(countedDayRoomOf(counted, new Map()).room(600, 630)).toBe(5);
    expect(countedDayRoomOf(counted, taken({ b12: { '10:10': 2 }, x9: { '10:10': 9 } })).room(600, 630)).toBe(
      3,
    );
    expect(countedDayRoomOf(counted, taken({ b12: { '10:10': 2 } })).room(630, 660)).toBe(5);
  });
});
