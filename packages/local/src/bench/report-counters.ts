import {
  addDays,
  type Counts,
  DIMENSIONS,
  type DomainEvent,
  eventCounts,
  type LocalDate,
  RATING_LEVELS,
} from '@openhall/domain';
import { REPORT_SHARDS, reportKey, shardsOf } from '@openhall/store';

/** Windows, departments, matters, channels ... of the generated bookings: every one divides `PERIOD`. */
const WINDOWS = 40;
/**
 * Every fact of booking `i` below depends on `i` modulo a divisor of 360 (its day of 90, window of
 * 40, department of 8, matter of 60, channel of 3 ...): bookings `i` and `i + 360` have the same
 * events but for their ids, so a volume is 360 kinds of booking, each taken many times.
 */
export const PERIOD = 360;

/**
 * The events of booking `i`'s life (made, called, accepted, completed, rated) on `date`, as its
 * consumer would receive them: ids and facts only.
 */
export function bookingEvents(tenantId: string, date: LocalDate, i: number, idPrefix = 'evt'): DomainEvent[] {
  const base = { version: 1, tenantId, actor: 'system', subject: { kind: 'booking', id: `b-${i}` } };
  const at = `${date}T${String(9 + (i % 8)).padStart(2, '0')}:00:00+08:00`;
  const facts = {
    hallId: 'main',
    windowId: `w-${i % WINDOWS}`,
    departmentId: `d-${i % 8}`,
    matterId: `m-${i % 60}`,
  };
  let n = 0;
  const make = (type: string, data: Record<string, unknown>): DomainEvent => ({
    ...base,
    eventId: `${idPrefix}-${i}-${n++}`,
    type,
    occurredAt: at,
    data: { ...facts, ...data },
  });
  return [
    make('booking.created', { channel: ['online', 'desk', 'phone'][i % 3] }),
    make('ticket.called', { waitMinutes: i % 40 }),
    make('service-record.accepted', { acceptedWithinLimit: i % 10 !== 0 }),
    make('service-record.completed', {
      outcome: 'completed',
      completedWithinLimit: true,
      flags: { lunch: i % 9 === 0 },
    }),
    make('rating.given', { level: RATING_LEVELS[i % 3], defaulted: false }),
  ];
}

/** The date of booking `i` among `days` days ending on `end`. */
export function bookingDate(end: LocalDate, days: number, i: number): LocalDate {
  return addDays(end, -(i % days));
}

/** Of `n` events spread over `shards` shards by their ids, how many land on `shard` (evenly, the remainder from `offset` on). */
export function shareOf(n: number, shards: number, shard: number, offset: number): number {
  const base = Math.floor(n / shards);
  return base + ((((shard - offset) % shards) + shards) % shards < n % shards ? 1 : 0);
}

export interface CounterItem {
  key: { pk: string; sk: string };
  counts: Counts;
}

/**
 * The counter items `bookings` bookings over the `days` days ending on `end` leave behind, with the
 * same keys and sums as the consumer's transactions (`countEventParams`) would: each of the 360
 * kinds of booking is counted once through the product's `eventCounts` and multiplied by how many
 * bookings are of that kind, spread over the shards evenly (as ids hashed to shards spread them).
 * `days` must divide 360. A million bookings so take a second, not the hours of five million
 * transactions; their reads are what is measured.
 */
export function counterItemsOf(
  tenantId: string,
  bookings: number,
  end: LocalDate,
  days: number,
  shards = REPORT_SHARDS,
): Map<string, CounterItem> {
  if (PERIOD % days !== 0) throw new RangeError(`days must divide ${PERIOD}, not ${days}`);
  const items = new Map<string, CounterItem>();
  const add = (key: CounterItem['key'], counts: Counts, times: number) => {
    if (times === 0) return;
    const k = `${key.pk}|${key.sk}`;
    let item = items.get(k);
    if (!item) {
      item = { key, counts: {} };
      items.set(k, item);
    }
    for (const [name, v] of Object.entries(counts) as [keyof Counts, number][]) {
      item.counts[name] = (item.counts[name] ?? 0) + v * times;
    }
  };
  for (let r = 0; r < Math.min(PERIOD, bookings); r++) {
    const times = Math.floor((bookings - 1 - r) / PERIOD) + 1;
    const date = bookingDate(end, days, r);
    for (const event of bookingEvents(tenantId, date, r)) {
      const counted = eventCounts(event);
      if (!counted) continue;
      const day = counted.date;
      const month = day.slice(0, 7);
      const year = day.slice(0, 4);
      const allShards = shardsOf('all', shards);
      for (let s = 0; s < allShards; s++) {
        const share = shareOf(times, allShards, s, r);
        add(reportKey(tenantId, 'all', s, 'day', day), counted.counts, share);
        add(reportKey(tenantId, 'all', s, 'month', month), counted.counts, share);
        add(reportKey(tenantId, 'all', s, 'year', year), counted.counts, share);
      }
      for (const dimension of DIMENSIONS) {
        const id = counted.dims[dimension];
        if (id === undefined) continue;
        const own = shardsOf(dimension, shards);
        for (let s = 0; s < own; s++) {
          const share = shareOf(times, own, s, r);
          add(reportKey(tenantId, dimension, s, 'day', day, id), counted.counts, share);
          add(reportKey(tenantId, dimension, s, 'month', month, id), counted.counts, share);
        }
      }
    }
  }
  return items;
}
