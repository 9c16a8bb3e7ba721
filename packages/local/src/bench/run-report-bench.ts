import { shanghaiDateOf } from '@openhall/domain';
import { createDocumentClient } from '@openhall/store';
import { startDynamoLocal } from '@openhall/store/local';
import { BENCH_PLAN } from './bench-plan.js';
import { meterDynamo } from './dynamo-meter.js';
import { measureReports } from './report-bench.js';
import { reportsMarkdown } from './results-markdown.js';

/*
 * `pnpm bench:reports`: the reports' part of `pnpm bench` alone (district and provincial 90-day
 * reports with 10,000 and 1,000,000 bookings behind them, and the counters' write cost), printed
 * as the Markdown section `pnpm bench` writes into bench/RESULTS.md; writes no file.
 */

async function main() {
  const dynamo = await startDynamoLocal({ port: 0, startTimeoutMs: 120_000 });
  const client = createDocumentClient({ endpoint: dynamo.endpoint });
  try {
    const result = await measureReports({
      client,
      meter: meterDynamo(client),
      tableName: 'openhall-report-bench',
      plan: BENCH_PLAN.reports,
      end: shanghaiDateOf(new Date()),
      log: (line) => console.log(line),
    });
    console.log('');
    console.log(reportsMarkdown(result));
  } finally {
    client.destroy();
    await dynamo.stop();
  }
}

await main();
