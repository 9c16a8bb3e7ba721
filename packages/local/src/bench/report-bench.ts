import { performance } from 'node:perf_hooks';
import { BatchWriteCommand, type DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { addDays, eventCounts, type LocalDate, type Province, ProvinceSchema } from '@openhall/domain';
import { districtReport, provinceReport } from '@openhall/services';
import { countEventParams, DynamoReportStore, provinceMembershipPut } from '@openhall/store';
import { ensureTable } from '@openhall/store/local';
import type { DynamoMeter } from './dynamo-meter.js';
import { bookingDate, bookingEvents, type CounterItem, counterItemsOf } from './report-counters.js';
import { type LatencySummary, summariseLatencies } from './summarise-latencies.js';

/** One report read `runs` times: what DynamoDB read (per run) and how long it took. */
export interface ReportReads {
  runs: number;
  /** Counter items the report says it read (`itemsRead`). */
  itemsRead: number;
  /** Items DynamoDB read, counted by the meter (a Query's scanned items). */
  itemsReadByDynamo: number;
  capacityUnits: number;
  /** Calls per run by command. */
  calls: Record<string, number>;
  latency: LatencySummary;
  /** Bookings the report counted: must equal the bookings generated behind it. */
  bookingsCounted: number;
}

export interface ReportVolume {
  /** Bookings behind each report: the district's, and the province's over its districts together. */
  bookings: number;
  events: number;
  /** Counter items written for the district, and for the province's districts together. */
  districtItems: number;
  provinceItems: number;
  provinceDistricts: number;
  loadMs: number;
  district: ReportReads;
  province: ReportReads;
}

export interface ReportBenchResult {
  days: number;
  end: LocalDate;
  volumes: ReportVolume[];
  /** The counters' cost per booking, measured through the store's own transaction, one per event. */
  writeCost: {
    bookings: number;
    eventsPerBooking: number;
    transactionsPerBooking: number;
    /** Items written per booking (the counted marker and every counter item of each event). */
    itemsPerBooking: number;
    /** Write units DynamoDB Local reported. */
    capacityUnitsPerBooking: number;
    /** Write units by DynamoDB's pricing: 2 per item (up to 1 KB) written in a transaction. */
    pricedUnitsPerBooking: number;
  };
  /** Items read within 1 % at every volume. */
  flat: { district: boolean; province: boolean };
}

export interface ReportBenchPlan {
  volumes: readonly number[];
  days: number;
  /** Districts of the province; the volume is shared between them. */
  provinceDistricts: number;
  runs: number;
  /** Bookings counted one event at a time, for the write cost. */
  writeCostBookings: number;
}

const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

/** True when every value is within `tolerance` (a fraction) of the first. */
export function flatWithin(values: readonly number[], tolerance = 0.01): boolean {
  const first = values[0];
  if (first === undefined) return true;
  return values.every((v) => Math.abs(v - first) <= Math.abs(first) * tolerance);
}

async function writeItems(
  client: DynamoDBDocumentClient,
  tableName: string,
  tenantId: string,
  items: readonly CounterItem[],
): Promise<void> {
  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += 25) {
    batches.push(
      items.slice(i, i + 25).map(({ key, counts }) => ({
        PutRequest: { Item: { ...key, tenantId, entity: 'ReportCounter', ...counts } },
      })),
    );
  }
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      let requests = batches[next++]!;
      for (let attempt = 0; requests.length > 0; attempt++) {
        if (attempt > 10) throw new Error('counter items left unprocessed');
        const out = await client.send(
          new BatchWriteCommand({ RequestItems: { [tableName]: requests as never } }),
        );
        requests = (out.UnprocessedItems?.[tableName] ?? []) as Record<string, unknown>[];
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

/**
 * `pnpm bench` (and `pnpm bench:reports` alone): a district's and a province's 90-day report on their
 * own table of DynamoDB Local, with each volume of bookings' events behind them, generated directly
 * into the counter items the consumer would have left (`counterItemsOf`); then each report read
 * `runs` times through the use cases and the store, metered. And the counters' write cost per
 * booking: a few bookings' events counted through the store's own transaction, metered.
 */
export async function measureReports(options: {
  client: DynamoDBDocumentClient;
  meter: DynamoMeter;
  tableName: string;
  plan: ReportBenchPlan;
  end: LocalDate;
  log: (line: string) => void;
}): Promise<ReportBenchResult> {
  const { client, meter, tableName, plan, end, log } = options;
  await ensureTable(client, tableName);
  const store = new DynamoReportStore(client, tableName);
  const from = addDays(end, -(plan.days - 1));
  const provinces = ProvinceSchema.options;
  if (plan.volumes.length > provinces.length) throw new Error('one province per volume');

  const readTimes = async (read: () => Promise<{ itemsRead: number; bookings: number }>) => {
    const latencies: number[] = [];
    let last = { itemsRead: 0, bookings: 0 };
    let dynamoItems = 0;
    let capacity = 0;
    const calls: Record<string, number> = {};
    let wallMs = 0;
    for (let run = 0; run < plan.runs; run++) {
      meter.reset();
      const t0 = performance.now();
      last = await read();
      const ms = performance.now() - t0;
      latencies.push(ms);
      wallMs += ms;
      const tally = meter.tally();
      dynamoItems = tally.itemsRead;
      capacity = tally.capacityUnits;
      for (const [command, n] of Object.entries(tally.calls)) calls[command.replace(/Command$/, '')] = n;
    }
    return {
      runs: plan.runs,
      itemsRead: last.itemsRead,
      itemsReadByDynamo: dynamoItems,
      capacityUnits: round(capacity),
      calls,
      latency: summariseLatencies(latencies, wallMs),
      bookingsCounted: last.bookings,
    } satisfies ReportReads;
  };

  const volumes: ReportVolume[] = [];
  for (const [v, bookings] of plan.volumes.entries()) {
    const province = provinces[v] as Province;
    const started = performance.now();
    const district = `rb-${bookings}`;
    const districtItems = [...counterItemsOf(district, bookings, end, plan.days).values()];
    await writeItems(client, tableName, district, districtItems);
    let provinceItems = 0;
    const members: string[] = [];
    for (let d = 0; d < plan.provinceDistricts; d++) {
      const tenantId = `rbp-${bookings}-${d}`;
      // The volume shared out: the first districts take one more when it does not divide.
      const own =
        Math.floor(bookings / plan.provinceDistricts) + (d < bookings % plan.provinceDistricts ? 1 : 0);
      const items = [...counterItemsOf(tenantId, own, end, plan.days).values()];
      await writeItems(client, tableName, tenantId, items);
      provinceItems += items.length;
      members.push(tenantId);
    }
    await client.send(
      new TransactWriteCommand({
        TransactItems: members.map((tenantId) => provinceMembershipPut(tableName, tenantId, province)),
      }),
    );
    const loadMs = Math.round(performance.now() - started);
    log(
      `  ${bookings} bookings: ${districtItems.length} counter items for the district, ${provinceItems} for ` +
        `${plan.provinceDistricts} districts of ${province}, written in ${loadMs} ms`,
    );
    // One read of each first, not measured: the first requests of a run warm the client and the JIT.
    await districtReport({ reportStore: store }, district, from, end);
    await provinceReport({ reportStore: store }, province, from, end);
    const districtReads = await readTimes(async () => {
      const report = await districtReport({ reportStore: store }, district, from, end);
      return { itemsRead: report.itemsRead, bookings: report.measures.bookings };
    });
    const provinceReads = await readTimes(async () => {
      const report = await provinceReport({ reportStore: store }, province, from, end);
      return { itemsRead: report.itemsRead, bookings: report.measures.bookings };
    });
    log(
      `  district report: ${districtReads.itemsReadByDynamo} items, p50 ${districtReads.latency.p50Ms} ms; ` +
        `province report: ${provinceReads.itemsReadByDynamo} items, p50 ${provinceReads.latency.p50Ms} ms`,
    );
    volumes.push({
      bookings,
      events: bookings * 5,
      districtItems: districtItems.length,
      provinceItems,
      provinceDistricts: plan.provinceDistricts,
      loadMs,
      district: districtReads,
      province: provinceReads,
    });
  }

  // The write cost: real events through the consumer's store, one transaction each.
  meter.reset();
  let events = 0;
  let items = 0;
  for (let i = 0; i < plan.writeCostBookings; i++) {
    for (const event of bookingEvents('rb-cost', bookingDate(end, plan.days, i), i, 'cost')) {
      const counted = eventCounts(event);
      if (!counted) continue;
      events++;
      items += countEventParams(tableName, event, counted).TransactItems?.length ?? 0;
      await store.count(event, counted);
    }
  }
  const tally = meter.tally();
  const n = plan.writeCostBookings;
  return {
    days: plan.days,
    end,
    volumes,
    writeCost: {
      bookings: n,
      eventsPerBooking: round(events / n),
      transactionsPerBooking: round((tally.calls.TransactWriteItemsCommand ?? 0) / n),
      itemsPerBooking: round(items / n),
      capacityUnitsPerBooking: round(tally.capacityUnits / n),
      pricedUnitsPerBooking: round((items * 2) / n),
    },
    flat: {
      district: flatWithin(volumes.map((v) => v.district.itemsReadByDynamo)),
      province: flatWithin(volumes.map((v) => v.province.itemsReadByDynamo)),
    },
  };
}
