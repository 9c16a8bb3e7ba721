import type { Dimension, Grain } from '@openhall/domain';
import { keyPart, type TableKey, tenantPk } from '../table/keys.js';

/**
 * Shards of every counter partition. An event adds to one shard, chosen by its id, so a busy hall
 * spreads its writes over this many partitions and items; a read sums them (one Query each, in
 * parallel). Four shards carry four times the ~1,000 writes a second one partition takes.
 */
export const REPORT_SHARDS = 4;

/**
 * Shards of a kind of counter: the district's and a hall's items take every event of the hall and
 * are sharded; a window's, a department's and a matter's take a fraction of them and are not, so a
 * ranking reads each of their items once.
 */
export function shardsOf(dimension: Dimension | 'all', shards = REPORT_SHARDS): number {
  return dimension === 'all' || dimension === 'hall' ? shards : 1;
}

/** Days the marker of a counted event is kept: far beyond the outbox's retention and any redelivery. */
export const COUNTED_MARKER_DAYS = 35;

const DIMENSION_KEY: Record<Dimension | 'all', string> = {
  all: 'ALL',
  hall: 'HALL',
  matter: 'MATTER',
  department: 'DEPT',
  window: 'WIN',
};

const GRAIN_KEY: Record<Grain, string> = { day: 'D', month: 'M', year: 'Y' };

/** The shard (0 … shards-1) an event's counters go to: a stable hash of its id (FNV-1a). */
export function shardOf(eventId: string, shards = REPORT_SHARDS): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < eventId.length; i++) {
    hash ^= eventId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shards;
}

/** `TENANT#{t}#RPT#{ALL|HALL|MATTER|DEPT|WIN}#{shard}`: one tenant's counters of one kind, one shard. */
export function reportPk(tenantId: string, dimension: Dimension | 'all', shard: number): string {
  return `${tenantPk(tenantId)}#RPT#${DIMENSION_KEY[dimension]}#${shard}`;
}

/** `D#2026-03-05`, `M#2026-03`, `Y#2026`, and `#{id}` after it for a dimension's item. */
export function reportSk(grain: Grain, period: string, id?: string): string {
  const base = `${GRAIN_KEY[grain]}#${period}`;
  return id === undefined ? base : `${base}#${keyPart(id, 'dimension id')}`;
}

/** Key of one counter item. */
export function reportKey(
  tenantId: string,
  dimension: Dimension | 'all',
  shard: number,
  grain: Grain,
  period: string,
  id?: string,
): TableKey {
  return { pk: reportPk(tenantId, dimension, shard), sk: reportSk(grain, period, id) };
}

/** Key of the marker that an event was counted: written once, so a redelivery counts nothing. */
export function countedMarkerKey(tenantId: string, eventId: string): TableKey {
  return { pk: `${tenantPk(tenantId)}#RPTSEEN#${eventId.replaceAll('#', '%23')}`, sk: 'COUNTED' };
}

/** Where a counter item's period and dimension id sit in its sort key. */
export function parseReportSk(sk: string): { grain: string; period: string; id: string | undefined } {
  const [grain = '', period = '', id] = sk.split('#');
  return { grain, period, id };
}
