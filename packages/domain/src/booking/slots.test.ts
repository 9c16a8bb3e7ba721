import { describe, expect, it } from 'vitest';
import { minutesOf } from '../shared/primitives.js';
import type { BookingChannel } from './booking-schemas.js';
import { generateSlots, matterWindowsInHall, matterWindowsInHallOf, slotTimes } from './slots.js';
import { at, calendarDay, ziboConfig } from './test-fixtures.js';
import { slotCapacity } from './window-places.js';

const matter = ziboConfig.matters.find((m) => m.id === 'company-registration')!;
const base = {
  hallId: 'zibo-center',
  matter,
  windows: ziboConfig.windows,
  policy: ziboConfig.bookingPolicy,
  channel: 'online' as BookingChannel,
};

describe('slotTimes', () => {
  it.each([
    // intervals, minutes, expected starts
    [[{ from: '09:00', to: '10:00' }], 30, ['09:00', '09:30']],
    [[{ from: '09:00', to: '10:10' }], 30, ['09:00', '09:30']],
    [[{ from: '09:15', to: '10:00' }], 20, ['09:15', '09:35']],
    [[{ from: '09:00', to: '09:20' }], 30, []],
    [
      [
        { from: '09:00', to: '11:30' },
        { from: '14:00', to: '17:00' },
      ],
      60,
      ['09:00', '10:00', '14:00', '15:00', '16:00'],
    ],
    [[{ from: '23:00', to: '24:00' }], 30, ['23:00', '23:30']],
  ])('%j in %i-minute slots start at %j', (intervals, minutes, starts) => {
    const times = slotTimes(intervals, minutes);
    expect(times.map((t) => t.from)).toEqual(starts);
    for (const t of times) expect(minutesOf(t.to) - minutesOf(t.from)).toBe(minutes);
  });
});

describe('slotCapacity', () => {
  it.each([
    // staff, holdback %, channel, capacity
    [5, 20, 'online', 4],
    [5, 20, 'desk', 5],
    [5, 20, 'phone', 5],
    [5, 30, 'online', 4], // 1.5 held rounds down to 1 whole place
    [10, 30, 'online', 7],
    [1, 20, 'online', 1], // a one-person window is not held back for a fraction of a person
    [2, 50, 'online', 1],
    [1, 99, 'online', 1],
    [1, 0, 'online', 1],
    [3, 100, 'online', 0],
    [3, 100, 'desk', 3],
  ] as const)('%i staff, %i%% held: %s sees %i', (staff, percent, channel, capacity) => {
    expect(slotCapacity(staff, percent, channel)).toBe(capacity);
  });
});

describe('matterWindowsInHall', () => {
  it('keeps the windows of the matter in that hall only', () => {
    expect(matterWindowsInHall(matter, ziboConfig.windows, 'zibo-center').map((w) => w.id)).toEqual([
      'b02',
      'b03',
    ]);
    expect(matterWindowsInHall(matter, ziboConfig.windows, 'zibo-town')).toEqual([]);
  });

  it('kept per configuration, answers the same, and a changed configuration (a new object) anew', () => {
    const kept = matterWindowsInHallOf(matter, ziboConfig.windows, 'zibo-center');
    expect(kept).toEqual(matterWindowsInHall(matter, ziboConfig.windows, 'zibo-center'));
    expect(matterWindowsInHallOf(matter, ziboConfig.windows, 'zibo-center')).toBe(kept);
    expect(matterWindowsInHallOf(matter, ziboConfig.windows, 'zibo-town')).toEqual([]);
    const changed = structuredClone(ziboConfig);
    changed.windows.find((w) => w.id === 'b02')!.retired = true;
    const changedMatter = changed.matters.find((m) => m.id === matter.id)!;
    expect(matterWindowsInHallOf(changedMatter, changed.windows, 'zibo-center').map((w) => w.id)).toEqual([
      'b03',
    ]);
  });
});

describe('generateSlots', () => {
  const saturday = calendarDay('2026-11-28', 'restday');
  const earlier = at('2026-11-20T10:00');

  it('fills both sessions with 30-minute slots in +08:00, capacity the windows’ people added up', () => {
    const slots = generateSlots({ ...base, day: saturday, now: earlier });
    expect(slots).toHaveLength(14);
    // B02 has 3 people and B03 2; 20 % of either is less than a whole person, so nothing is held back.
    expect(slots[0]).toEqual({
      start: '2026-11-28T09:00:00+08:00',
      end: '2026-11-28T09:30:00+08:00',
      capacity: 5,
      remaining: 5,
    });
    expect(slots.at(-1)?.end).toBe('2026-11-28T17:00:00+08:00');
    expect(slots.map((s) => s.start)).not.toContain('2026-11-28T12:00:00+08:00');
  });

  it('holds back places per window, never a share of two windows together', () => {
    const windows = ziboConfig.windows.map((w) => (w.id === 'b02' ? { ...w, staffCount: 5 } : w));
    const online = generateSlots({ ...base, windows, day: saturday, now: earlier });
    const desk = generateSlots({ ...base, windows, channel: 'desk', day: saturday, now: earlier });
    // B02: 5 less 1 held; B03: 2, of which 20 % is no whole person.
    expect(new Set(online.map((s) => s.capacity))).toEqual(new Set([6]));
    expect(new Set(desk.map((s) => s.capacity))).toEqual(new Set([7]));
  });

  it('adds up each window’s room, where its fullest 5-minute bucket decides, never below zero', () => {
    const taken = new Map([
      [
        'b02',
        new Map([
          ['09:00', 3],
          ['09:25', 3],
          ['09:30', 4],
        ]),
      ],
      [
        'b03',
        new Map([
          ['09:05', 1],
          ['09:45', 2],
        ]),
      ],
      ['t01', new Map([['10:00', 1]])],
    ]);
    const [first, second, third] = generateSlots({ ...base, day: saturday, now: earlier, taken });
    // 09:00: B02 full, B03 one free. 09:30: B02 over its 3 (a cut in staff), B03 full. 10:00: T01 is in another hall.
    expect([first?.remaining, second?.remaining, third?.remaining]).toEqual([1, 0, 5]);
  });

  it('books appointment-only intervals too (holiday, special period)', () => {
    const holiday = calendarDay('2026-10-05', 'holiday', { holidayName: '国庆节' });
    expect(holiday.halls[0]?.intervals[0]?.mode).toBe('appointment-only');
    expect(generateSlots({ ...base, day: holiday, now: at('2026-09-30T10:00') })).toHaveLength(14);
  });

  it('leaves out slots sooner than the lead time', () => {
    const slots = generateSlots({ ...base, day: saturday, now: at('2026-11-28T13:10') });
    // 60 minutes lead: the first slot is 14:30 (14:10 is not a boundary).
    expect(slots[0]?.start).toBe('2026-11-28T14:30:00+08:00');
    expect(slots).toHaveLength(5);
  });

  it('keeps a slot exactly at the lead time', () => {
    const slots = generateSlots({ ...base, day: saturday, now: at('2026-11-28T13:30') });
    expect(slots[0]?.start).toBe('2026-11-28T14:30:00+08:00');
  });

  it.each([
    [
      'the matter is not offered on holidays',
      'equity-pledge',
      calendarDay('2026-10-05', 'holiday'),
      'zibo-center',
    ],
    [
      'the hall is closed',
      'company-registration',
      calendarDay('2026-11-28', 'restday', { intervals: [] }),
      'zibo-center',
    ],
    ['the hall is not in the day', 'company-registration', saturday, 'zibo-town'],
    [
      'no window of the matter is in the hall',
      'company-registration',
      calendarDay('2026-11-30', 'workday', { hallId: 'zibo-town' }),
      'zibo-town',
    ],
  ])('is empty when %s', (_label, matterId, day, hallId) => {
    const m = ziboConfig.matters.find((x) => x.id === matterId)!;
    expect(generateSlots({ ...base, matter: m, day, hallId, now: at('2026-09-30T10:00') })).toEqual([]);
  });

  it('is empty beyond the horizon and not on its last day', () => {
    const now = at('2026-11-01T10:00');
    expect(generateSlots({ ...base, day: calendarDay('2026-12-01', 'workday'), now })).toHaveLength(14);
    expect(generateSlots({ ...base, day: calendarDay('2026-12-02', 'workday'), now })).toEqual([]);
  });

  it('uses the matter slot length', () => {
    const m = ziboConfig.matters.find((x) => x.id === 'equity-pledge')!;
    const slots = generateSlots({ ...base, matter: m, day: saturday, now: earlier });
    expect(slots.map((s) => s.start.slice(11, 16))).toEqual([
      '09:00',
      '10:00',
      '11:00',
      '13:00',
      '14:00',
      '15:00',
      '16:00',
    ]);
    // b02 only: 3 staff, 20% of 3 is 0.6 -> no whole place held, 3 online.
    expect(slots[0]?.capacity).toBe(3);
  });
});
