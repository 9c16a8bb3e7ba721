import { describe, expect, it } from 'vitest';
import type { OperationResult, QueueSetup } from './bench-results.js';
import type { EventRelayResult } from './event-relay-bench.js';
import type { SideResult } from './measure-side.js';
import type { ReportBenchResult, ReportReads } from './report-bench.js';
import { eventRelayMarkdown, queueMarkdown, reportsMarkdown, table } from './results-markdown.js';

/** The cells of the table rows of a Markdown text whose first cell starts with `first`. */
function rowsStarting(markdown: string, first: string): string[][] {
  return markdown
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .map((l) =>
      l
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim()),
    )
    .filter((cells) => cells[0]!.startsWith(first));
}

const side = (
  over: Partial<SideResult> & { calls?: Record<string, number>; items?: number },
): SideResult => ({
  count: 80,
  wallMs: 4000,
  throughputPerSecond: 20,
  meanMs: 50,
  p50Ms: 45.5,
  p95Ms: 90,
  p99Ms: 120.25,
  maxMs: 150,
  outcomes: { '201': 80 },
  stoppedBy: 'count',
  dynamo: {
    callsPerRequest: over.calls ?? { GetItem: 2, Query: 1, TransactWriteItems: 1 },
    capacityUnitsPerRequest: 12.5,
    itemsReadPerRequest: over.items ?? 240,
    capacityUnitsPerRequestByCommand: {},
    errors: {},
  },
  ...over,
});

const op = (
  operation: OperationResult['operation'],
  phase: OperationResult['phase'],
  http: SideResult,
): OperationResult => ({
  operation,
  phase,
  concurrency: phase === 'sequential' ? 1 : 8,
  http,
  direct: side({ throughputPerSecond: 30, p50Ms: 30, outcomes: { ok: 80 } }),
  sameCalls: true,
  ratio: { p50: 1.5, throughput: 0.67 },
});

describe('table', () => {
  it('pads every column to its widest cell', () => {
    expect(table(['a', 'long head'], [['wide cell', 'x']])).toBe(
      ['| a         | long head |', '| --------- | --------- |', '| wide cell | x         |'].join('\n'),
    );
  });
});

describe('queueMarkdown', () => {
  const setup: QueueSetup = {
    tenantId: 'zaozhuang-gxq',
    hallId: 'zaozhuang-gxq-hall',
    categoryId: 'approval-bureau',
    windows: 4,
    callers: 8,
    clockStart: '2026-12-01T09:00:00+08:00',
    ticketsInQueue: 496,
  };
  const operations = [
    op('availability', 'sequential', side({})),
    op(
      'ticket',
      'sequential',
      side({ calls: { GetItem: 6, Query: 1, TransactWriteItems: 1, UpdateItem: 1 } }),
    ),
    op(
      'call-next',
      'concurrent',
      side({ calls: { GetItem: 2, Query: 1.25, TransactWriteItems: 1.5 }, stoppedBy: 'time', items: 480 }),
    ),
  ];

  it('shows the queue operations only, with their Query and transactions per request', () => {
    const md = queueMarkdown(setup, operations);
    expect(rowsStarting(md, 'availability')).toEqual([]);
    const [ticket] = rowsStarting(md, 'ticket');
    expect(ticket).toEqual([
      'ticket (seq)',
      '80',
      '20.0',
      '45.50 / 120.25',
      '30.0',
      '30.00',
      '1.00',
      '240.0',
      '1.00',
      '12.50',
      '201×80',
    ]);
    const [call] = rowsStarting(md, 'call-next');
    expect(call?.[0]).toBe('call-next (×8) †');
    expect(call?.slice(6, 9)).toEqual(['1.25', '480.0', '1.50']);
    expect(md).toContain('2026-12-01T09:00:00+08:00');
    expect(md).toContain('496 tickets');
  });
});

describe('eventRelayMarkdown', () => {
  const relay: EventRelayResult = {
    events: 1234,
    failed: 0,
    durationMs: 20_000,
    eventsPerSecond: 61.7,
    stoppedBy: 'drained',
    bookings: 700,
    made: 700,
    cancelled: 260,
    moved: 260,
    scheduleCalls: [
      { type: 'booking.cancelled', events: 260, createPerEvent: 0, deletePerEvent: 3, callsPerEvent: 3 },
      { type: 'booking.created', events: 700, createPerEvent: 3, deletePerEvent: 0, callsPerEvent: 3 },
    ],
    schedulerAnswers: { 'delete:deleted': 780, 'create:created': 2100 },
  };

  it('gives the rate and one row per event type with its calls', () => {
    const md = eventRelayMarkdown(relay);
    expect(rowsStarting(md, '1234')).toEqual([['1234', '0', '20000', '**61.7**']]);
    expect(rowsStarting(md, 'booking.')).toEqual([
      ['booking.cancelled', '260', '0.00', '3.00', '3.00'],
      ['booking.created', '700', '3.00', '0.00', '3.00'],
    ]);
    expect(md).toContain('create:created ×2100, delete:deleted ×780');
  });

  it('marks a relay its time limit stopped', () => {
    expect(rowsStarting(eventRelayMarkdown({ ...relay, stoppedBy: 'time' }), '1234')[0]?.[0]).toBe('1234 †');
  });
});

describe('reportsMarkdown', () => {
  const reads = (items: number, p50: number, bookings: number): ReportReads => ({
    runs: 5,
    itemsRead: items,
    itemsReadByDynamo: items,
    capacityUnits: 36,
    calls: { Query: 38 },
    latency: {
      count: 5,
      wallMs: 5000,
      throughputPerSecond: 1,
      meanMs: p50,
      p50Ms: p50,
      p95Ms: p50 * 2,
      p99Ms: p50 * 2,
      maxMs: p50 * 2,
    },
    bookingsCounted: bookings,
  });
  const result = (flat: boolean): ReportBenchResult => ({
    days: 90,
    end: '2026-11-30',
    volumes: [10_000, 1_000_000].map((bookings) => ({
      bookings,
      events: bookings * 5,
      districtItems: 1970,
      provinceItems: 7880,
      provinceDistricts: 4,
      loadMs: 1000,
      district: reads(1114, 600, bookings),
      province: reads(1940, 700, bookings),
    })),
    writeCost: {
      bookings: 40,
      eventsPerBooking: 5,
      transactionsPerBooking: 5,
      itemsPerBooking: 60,
      capacityUnitsPerBooking: 10,
      pricedUnitsPerBooking: 120,
    },
    flat: { district: flat, province: true },
  });

  it('puts both volumes side by side, district and province', () => {
    const md = reportsMarkdown(result(true));
    expect(rowsStarting(md, 'district')).toEqual([
      ['district, 10,000 bookings', '1970', '1114', '36.0', 'Query 38', '600.0 / 1200.0', '10000'],
      ['district, 1,000,000 bookings', '1970', '1114', '36.0', 'Query 38', '600.0 / 1200.0', '1000000'],
    ]);
    expect(rowsStarting(md, 'province').map((r) => r[0])).toEqual([
      'province (4 districts), 10,000 bookings',
      'province (4 districts), 1,000,000 bookings',
    ]);
    expect(md).toContain('district yes, province yes');
    expect(md).toContain('**120 write units per booking**');
    expect(md).toContain('reported 10 for the same transactions');
  });

  it('flags reads that grew with the volume', () => {
    expect(reportsMarkdown(result(false))).toContain('district **no**, province yes');
  });
});
