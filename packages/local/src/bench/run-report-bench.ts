import { performance } from 'node:perf_hooks';
import { TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  addDays,
  type Counts,
  DIMENSIONS,
  type DomainEvent,
  eventCounts,
  type LocalDate,
} from '@openhall/domain';
import { districtReport, provinceReport } from '@openhall/services';
import {
  countEventParams,
  createDocumentClient,
  DynamoReportStore,
  provinceMembershipPut,
  reportKey,
  shardOf,
  shardsOf,
} from '@openhall/store';
import { ensureTable, startDynamoLocal } from '@openhall/store/local';

/*
 * `pnpm bench:reports`: a district's and a province's 90-day report on DynamoDB Local with 10,000 and
 * with 1,000,000 bookings' worth of events behind them. The events are generated directly and summed
 * into the counter items they would have made (one ADD per item, not one transaction per event, so
 * a million bookings load in minutes); the report then reads what the consumer would have left.
 * Prints items read and latency per report, and the counters' write cost per booking.
 */

const TABLE = 'openhall-report-bench';
const END: LocalDate = '2026-11-30';
const DAYS = 90;
const WINDOWS = 40;
const VOLUMES = [10_000, 1_000_000];

let seq = 0;
/** The events of one booking's life, on `date`, at one window. */
function bookingEvents(tenantId: string, date: LocalDate, i: number): DomainEvent[] {
  const base = { version: 1, tenantId, actor: 'system', subject: { kind: 'booking', id: `b-${i}` } };
  const windowId = `w-${i % WINDOWS}`;
  const at = `${date}T${String(9 + (i % 8)).padStart(2, '0')}:00:00+08:00`;
  const facts = { hallId: 'main', windowId, departmentId: `d-${i % 8}`, matterId: `m-${i % 60}` };
  const make = (type: string, data: Record<string, unknown>): DomainEvent => ({
    ...base,
    eventId: `evt-${++seq}`,
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
    make('rating.given', { level: ['very-satisfied', 'satisfied', 'basically-satisfied'][i % 3] }),
  ];
}

async function main() {
  const dynamo = await startDynamoLocal({ port: 0 });
  const client = createDocumentClient({ endpoint: dynamo.endpoint });
  try {
    await ensureTable(client, TABLE);
    const store = new DynamoReportStore(client, TABLE);
    // Write cost per booking: the items of each event's transaction, 2 write units each (≤ 1 KB).
    const perBooking = bookingEvents('bench', END, 1).reduce(
      (n, e) => n + (countEventParams(TABLE, e, eventCounts(e)!).TransactItems?.length ?? 0) * 2,
      0,
    );
    console.log(`counter write cost per booking: ${perBooking} write units (5 events, transactional)`);
    for (const volume of VOLUMES) {
      const tenantId = `bench-${volume}`;
      const items = new Map<string, { key: { pk: string; sk: string }; counts: Counts }>();
      const started = performance.now();
      for (let i = 0; i < volume; i++) {
        const date = addDays(END, -(i % DAYS));
        for (const e of bookingEvents(tenantId, date, i)) {
          const counted = eventCounts(e);
          if (!counted) continue;
          const shard = shardOf(e.eventId);
          const keys = [
            reportKey(tenantId, 'all', shard, 'day', date),
            reportKey(tenantId, 'all', shard, 'month', date.slice(0, 7)),
            reportKey(tenantId, 'all', shard, 'year', date.slice(0, 4)),
            ...DIMENSIONS.flatMap((d) => {
              const id = counted.dims[d];
              if (id === undefined) return [];
              const own = shardOf(e.eventId, shardsOf(d));
              return [
                reportKey(tenantId, d, own, 'day', date, id),
                reportKey(tenantId, d, own, 'month', date.slice(0, 7), id),
              ];
            }),
          ];
          for (const key of keys) {
            const k = `${key.pk}|${key.sk}`;
            let item = items.get(k);
            if (!item) {
              item = { key, counts: {} };
              items.set(k, item);
            }
            // In place: a million bookings are five million events.
            for (const [name, v] of Object.entries(counted.counts) as [keyof Counts, number][]) {
              item.counts[name] = (item.counts[name] ?? 0) + v;
            }
          }
        }
      }
      const writes = [...items.values()];
      for (let i = 0; i < writes.length; i += 4) {
        await Promise.all(
          writes.slice(i, i + 4).map(({ key, counts }) => {
            const entries = Object.entries(counts);
            return client.send(
              new UpdateCommand({
                TableName: TABLE,
                Key: key,
                UpdateExpression: `SET tenantId = :t ADD ${entries.map((_, j) => `#c${j} :c${j}`).join(', ')}`,
                ExpressionAttributeNames: Object.fromEntries(entries.map(([n], j) => [`#c${j}`, n])),
                ExpressionAttributeValues: {
                  ':t': tenantId,
                  ...Object.fromEntries(entries.map(([, v], j) => [`:c${j}`, v])),
                },
              }),
            );
          }),
        );
      }
      await client.send(
        new TransactWriteCommand({
          TransactItems: [provinceMembershipPut(TABLE, tenantId, 'henan')],
        }),
      );
      console.log(
        `${volume} bookings: ${volume * 5} events summed into ${writes.length} counter items in ${Math.round(performance.now() - started)} ms`,
      );
      const from = addDays(END, -(DAYS - 1));
      for (let run = 0; run < 3; run++) {
        const t0 = performance.now();
        const report = await districtReport({ reportStore: store }, tenantId, from, END);
        const t1 = performance.now();
        console.log(
          `  district 90-day report: accepted ${report.measures.accepted}, items read ${report.itemsRead}, ${Math.round(t1 - t0)} ms`,
        );
      }
    }
    const t0 = performance.now();
    const province = await provinceReport({ reportStore: store }, 'henan', addDays(END, -(DAYS - 1)), END);
    console.log(
      `province 90-day report over ${province.districts.length} districts: items read ${province.itemsRead}, ${Math.round(performance.now() - t0)} ms`,
    );
  } finally {
    client.destroy();
    await dynamo.stop();
  }
}

await main();
