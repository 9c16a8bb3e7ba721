import { type Counts, eventCounts } from '@openhall/domain';
import { countEventParams, REPORT_SHARDS } from '@openhall/store';
import { describe, expect, it } from 'vitest';
import { flatWithin } from './report-bench.js';
import { bookingDate, bookingEvents, counterItemsOf, PERIOD, shareOf } from './report-counters.js';

const END = '2026-11-30';
const DAYS = 90;

/** The counter items the consumer's transactions would leave: every event counted one at a time. */
function countedOneByOne(tenantId: string, bookings: number): Map<string, Counts> {
  const items = new Map<string, Counts>();
  for (let i = 0; i < bookings; i++) {
    for (const event of bookingEvents(tenantId, bookingDate(END, DAYS, i), i)) {
      const counted = eventCounts(event);
      if (!counted) continue;
      const [, ...updates] = countEventParams('t', event, counted).TransactItems ?? [];
      for (const u of updates) {
        const key = u.Update!.Key as { pk: string; sk: string };
        const k = `${key.pk}|${key.sk}`;
        const sum = items.get(k) ?? {};
        for (const [name, v] of Object.entries(counted.counts) as [keyof Counts, number][])
          sum[name] = (sum[name] ?? 0) + v;
        items.set(k, sum);
      }
    }
  }
  return items;
}

/** Sums items by their key with the shard taken out: what a report adds up over the shards. */
function overShards(items: Iterable<[string, Counts]>): Map<string, Counts> {
  const sums = new Map<string, Counts>();
  for (const [k, counts] of items) {
    const key = k.replace(/#RPT#(\w+)#\d+\|/, '#RPT#$1|');
    const sum = sums.get(key) ?? {};
    for (const [name, v] of Object.entries(counts) as [keyof Counts, number][])
      sum[name] = (sum[name] ?? 0) + v;
    sums.set(key, sum);
  }
  return sums;
}

describe('bookingEvents', () => {
  it(`gives bookings ${PERIOD} apart the same events but for their ids`, () => {
    const strip = (i: number) =>
      bookingEvents('t', bookingDate(END, DAYS, i), i).map(({ eventId, subject, ...rest }) => rest);
    for (const i of [0, 7, 123, 359]) {
      expect(strip(i + PERIOD)).toEqual(strip(i));
      expect(strip(i + 5 * PERIOD)).toEqual(strip(i));
    }
    expect(strip(1)).not.toEqual(strip(0));
  });

  it('gives every event an id of its own', () => {
    const ids = [0, 1, 360].flatMap((i) => bookingEvents('t', END, i).map((e) => e.eventId));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('shareOf', () => {
  it.each([
    [0, 4],
    [3, 4],
    [4, 4],
    [27, 4],
    [2778, 4],
    [5, 1],
  ])('shares %i events over %i shards to the event, none differing by more than one', (n, shards) => {
    for (const offset of [0, 1, 3, 6]) {
      const shares = Array.from({ length: shards }, (_, s) => shareOf(n, shards, s, offset));
      expect(shares.reduce((a, b) => a + b, 0)).toBe(n);
      expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
    }
  });
});

describe('counterItemsOf', () => {
  it.each([1, 7, 360, 1000])(
    'leaves what counting %i bookings event by event leaves, summed over the shards',
    (bookings) => {
      const generated = counterItemsOf('t', bookings, END, DAYS);
      const expected = overShards(countedOneByOne('t', bookings));
      const got = overShards([...generated.values()].map((i) => [`${i.key.pk}|${i.key.sk}`, i.counts]));
      expect(got).toEqual(expected);
    },
  );

  it('keeps the unsharded items (windows, departments, matters) exactly as the consumer would', () => {
    const generated = counterItemsOf('t', 1000, END, DAYS);
    const byEvent = countedOneByOne('t', 1000);
    const unsharded = [...byEvent].filter(([k]) => /#RPT#(WIN|DEPT|MATTER)#/.test(k));
    expect(unsharded.length).toBeGreaterThan(0);
    for (const [k, counts] of unsharded) expect(generated.get(k)?.counts).toEqual(counts);
  });

  it('counts every booking once in the district total', () => {
    for (const bookings of [10_000, 1_000_000]) {
      const all = [...counterItemsOf('t', bookings, END, DAYS).values()].filter(
        (i) => /#RPT#ALL#\d+$/.test(i.key.pk) && i.key.sk.startsWith('D#'),
      );
      const made = all.reduce(
        (n, i) => n + (i.counts.bkOnline ?? 0) + (i.counts.bkDesk ?? 0) + (i.counts.bkPhone ?? 0),
        0,
      );
      expect(made).toBe(bookings);
    }
  });

  it('writes the same items for 10,000 and 1,000,000 bookings, on every shard', () => {
    const small = counterItemsOf('t', 10_000, END, DAYS);
    const large = counterItemsOf('t', 1_000_000, END, DAYS);
    expect([...large.keys()].sort()).toEqual([...small.keys()].sort());
    const shards = new Set(
      [...small.values()].filter((i) => i.key.pk.includes('#RPT#ALL#')).map((i) => i.key.pk),
    );
    expect(shards.size).toBe(REPORT_SHARDS);
  });

  it('refuses a number of days that does not divide the period', () => {
    expect(() => counterItemsOf('t', 10, END, 7)).toThrow(RangeError);
  });
});

describe('flatWithin', () => {
  it.each([
    { values: [1114, 1114], tolerance: 0.01, flat: true },
    { values: [1000, 1010], tolerance: 0.01, flat: true },
    { values: [1000, 1011], tolerance: 0.01, flat: false },
    { values: [1000, 989], tolerance: 0.01, flat: false },
    { values: [], tolerance: 0.01, flat: true },
  ])('$values within $tolerance: $flat', ({ values, tolerance, flat }) => {
    expect(flatWithin(values, tolerance)).toBe(flat);
  });
});
