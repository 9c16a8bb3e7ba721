import { describe, expect, it } from 'vitest';
import { bucketChanges, bucketsOf } from './bucket-changes.js';

const slot = (windowId: string, start: string, end: string, date = '2026-11-26') => ({
  hallId: 'zaozhuang-gxq-hall',
  windowId,
  start: `${date}T${start}:00+08:00`,
  end: `${date}T${end}:00+08:00`,
});
const times = (buckets: { time: string }[]) => buckets.map((b) => b.time);

describe('bucketsOf', () => {
  it('names every bucket of the booking’s window over its slot', () => {
    expect(bucketsOf(slot('b11', '10:00', '10:15'))).toEqual([
      { hallId: 'zaozhuang-gxq-hall', date: '2026-11-26', windowId: 'b11', time: '10:00' },
      { hallId: 'zaozhuang-gxq-hall', date: '2026-11-26', windowId: 'b11', time: '10:05' },
      { hallId: 'zaozhuang-gxq-hall', date: '2026-11-26', windowId: 'b11', time: '10:10' },
    ]);
  });
});

describe('bucketChanges', () => {
  it.each([
    {
      case: 'later on the same window, overlapping itself',
      before: slot('b11', '10:00', '10:30'),
      after: slot('b11', '10:15', '10:45'),
      release: ['10:00', '10:05', '10:10'],
      take: ['10:30', '10:35', '10:40'],
    },
    {
      case: 'earlier on the same window, overlapping itself',
      before: slot('b11', '10:15', '10:45'),
      after: slot('b11', '10:00', '10:30'),
      release: ['10:30', '10:35', '10:40'],
      take: ['10:00', '10:05', '10:10'],
    },
    {
      case: 'the same slot (nothing to do)',
      before: slot('b11', '10:00', '10:30'),
      after: slot('b11', '10:00', '10:30'),
      release: [],
      take: [],
    },
    {
      case: 'the same time on another window (all given back, all taken)',
      before: slot('b11', '10:00', '10:15'),
      after: slot('b12', '10:00', '10:15'),
      release: ['10:00', '10:05', '10:10'],
      take: ['10:00', '10:05', '10:10'],
    },
    {
      case: 'the same time on another day',
      before: slot('b11', '10:00', '10:10'),
      after: slot('b11', '10:00', '10:10', '2026-11-27'),
      release: ['10:00', '10:05'],
      take: ['10:00', '10:05'],
    },
  ])('$case', ({ before, after, release, take }) => {
    const changes = bucketChanges(before, after);
    expect(times(changes.release)).toEqual(release);
    expect(times(changes.take)).toEqual(take);
    for (const b of changes.release) expect(b.windowId).toBe(before.windowId);
    for (const b of changes.take) expect(b.windowId).toBe(after.windowId);
  });

  it('never names one counter twice, whatever the move', () => {
    const before = slot('b11', '09:00', '13:00');
    for (const after of [slot('b11', '10:00', '14:00'), slot('b12', '09:00', '13:00')]) {
      const { release, take } = bucketChanges(before, after);
      const ids = [...release, ...take].map((b) => `${b.date} ${b.windowId} ${b.time}`);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});
