import { describe, expect, it } from 'vitest';
import { bucketTimes } from './bucket-times.js';
import { chooseWindow, type PlacesTaken, slotRoom, windowPlaces, windowRoom } from './window-places.js';

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
