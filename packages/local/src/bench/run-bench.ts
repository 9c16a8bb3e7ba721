import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { type DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { shanghaiDateOf, type TenantConfig, toShanghaiIso } from '@openhall/domain';
import { createKeyedHasher } from '@openhall/services';
import { createDocumentClient, getConfigParams, queueParams, storedConfigOf } from '@openhall/store';
import { type DynamoLocal, startDynamoLocal } from '@openhall/store/local';
import { measureAvailabilityMonth } from './availability-month.js';
import { summariseMonth } from './availability-month-result.js';
import { benchEnvironment } from './bench-environment.js';
import { BENCH_PLAN } from './bench-plan.js';
import type { BenchResults, OperationName, OperationResult, QueueSetup } from './bench-results.js';
import { capacityBeforeAfter } from './capacity-before.js';
import { CitizenHttp, type HeldBooking } from './citizen-http.js';
import { citizenOf } from './citizen-of.js';
import { type ColdStartResult, measureColdStart } from './cold-start.js';
import { contendForSlots } from './contend-for-slots.js';
import { type DirectBooking, DirectDynamo } from './direct-dynamo.js';
import { type DynamoMeter, meterDynamo } from './dynamo-meter.js';
import { measureEventRelay } from './event-relay-bench.js';
import { measureFillLevels } from './fill-levels.js';
import { findBookableSlots } from './find-bookable-slots.js';
import { measureSide, type SideResult, type TallySource } from './measure-side.js';
import { callersOf, DirectQueue, QueueHttp, type QueueScene } from './queue-bench.js';
import { openMomentFrom } from './queue-clock.js';
import { measureReports } from './report-bench.js';
import { resultsMarkdown } from './results-markdown.js';
import { runPhase } from './run-phase.js';
import { SlotPool } from './slot-pool.js';
import { spreadByTenant } from './spread-by-tenant.js';
import { type BenchServer, startBenchServer } from './start-bench-server.js';

/*
 * `pnpm bench`: availability and booking through the local HTTP server on DynamoDB Local, beside
 * the same DynamoDB requests sent directly, with DynamoDB calls and consumed capacity per API
 * operation; the events those bookings made through the local relay, with the Scheduler calls each
 * booking event costs; the kiosk's ticket and a window's call-next the same way, on a second server
 * whose clock is inside the hall's opening hours; a matter at 50 windows with its hall-day filled by
 * 0, 100 and 1,000 bookings; district and provincial 90-day reports with 10,000 and 1,000,000
 * bookings behind them (also `pnpm bench:reports` alone); a month of availability in the domain
 * alone; first of all the Lambda bundle's size and cold-start CPU beside a bare reference (also
 * `pnpm bench:cold` alone). Writes bench/results.json and bench/RESULTS.md at the repository root.
 */

const TABLE_NAME = 'openhall-bench';
/** The relay's bookings and outbox: a table of their own, so the relay drains exactly them. */
const RELAY_TABLE_NAME = 'openhall-relay-bench';
/** The reports' counters go to a table of their own: no seeded tenant or province mixes in. */
const REPORT_TABLE_NAME = 'openhall-report-bench';
const RESULTS_DIR = fileURLToPath(new URL('../../../../bench/', import.meta.url));
const plan = BENCH_PLAN;
const log = (line: string) => console.log(line);

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : Number.NaN);

/** Hands out the time of the measured phases: each gets at most `phaseMaxMs`, all at most `budgetMs`. */
function phaseClock(budgetMs: number, phaseMaxMs: number) {
  const end = performance.now() + budgetMs;
  return () => Math.max(1_000, Math.min(phaseMaxMs, end - performance.now()));
}

/** One operation, one request at a time then `plan.concurrency` in flight, through HTTP and direct. */
async function measureOperation(
  sides: { http: TallySource; direct: TallySource; maxMs: () => number },
  operation: OperationName,
  counts: { sequential: number; concurrent: number },
  httpTask: (i: number) => Promise<string>,
  directTask: (i: number) => Promise<string>,
): Promise<OperationResult[]> {
  const rows: OperationResult[] = [];
  let offset = 0;
  for (const phase of ['sequential', 'concurrent'] as const) {
    const count = counts[phase];
    const concurrency = phase === 'sequential' ? 1 : plan.concurrency;
    const base = offset;
    log(`${operation} ${phase}: ${count} requests, concurrency ${concurrency}`);
    const httpSide = await measureSide(sides.http, {
      count,
      concurrency,
      maxMs: sides.maxMs(),
      task: (i) => httpTask(base + i),
    });
    const directSide = await measureSide(sides.direct, {
      count,
      concurrency,
      maxMs: sides.maxMs(),
      task: (i) => directTask(base + i),
    });
    offset += count;
    const sameCalls = sameCallsPerRequest(httpSide, directSide);
    if (!sameCalls) log(`  warning: the direct ${operation} no longer sends what the API sends`);
    rows.push({
      operation,
      phase,
      concurrency,
      http: httpSide,
      direct: directSide,
      sameCalls,
      ratio: {
        p50: ratio(httpSide.p50Ms, directSide.p50Ms),
        throughput: ratio(httpSide.throughputPerSecond, directSide.throughputPerSecond),
      },
    });
  }
  return rows;
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const t0 = performance.now();
  // First, while nothing else of the bench runs: CPU time of fresh processes is what it measures.
  const coldStart = await measureColdStart({ processes: plan.coldStart.processes, log });
  // Java starts slowly on a loaded machine: give it two minutes.
  const dynamo = await startDynamoLocal({ port: 0, startTimeoutMs: 120_000 });
  let server: BenchServer | undefined;
  const watchdog = setTimeout(() => {
    console.error(`bench: still running after ${plan.watchdogMs / 1000} s, giving up`);
    void Promise.allSettled([server?.stop(), dynamo.stop()]).then(() => process.exit(1));
  }, plan.watchdogMs);
  try {
    log(`DynamoDB Local on ${dynamo.endpoint} (in memory)`);
    server = await startBenchServer(dynamo.endpoint, TABLE_NAME);
    log(`API on ${server.url}; seeded ${server.seeded.join(', ')}`);
    const results = await bench(server, dynamo, startedAt, coldStart);
    results.durationMs = Math.round(performance.now() - t0);
    await mkdir(RESULTS_DIR, { recursive: true });
    await writeFile(`${RESULTS_DIR}results.json`, `${JSON.stringify(results, null, 2)}\n`);
    const markdown = resultsMarkdown(results);
    await writeFile(`${RESULTS_DIR}RESULTS.md`, markdown);
    log('');
    log(markdown);
    log('Written: bench/results.json, bench/RESULTS.md');
  } finally {
    clearTimeout(watchdog);
    await server?.stop();
    await dynamo.stop();
  }
}

async function bench(
  server: BenchServer,
  dynamo: DynamoLocal,
  startedAt: Date,
  coldStart: ColdStartResult,
): Promise<BenchResults> {
  const http = new CitizenHttp(server.url);
  const client = createDocumentClient({ endpoint: dynamo.endpoint });
  const directMeter = meterDynamo(client);
  const memoryBefore = await server.memory();

  const found = await findBookableSlots(http, {
    tenants: plan.tenants,
    today: shanghaiDateOf(new Date()),
    ...plan.search,
  });
  const placesByTenant: Record<string, number> = {};
  for (const s of found.slots) placesByTenant[s.tenantId] = (placesByTenant[s.tenantId] ?? 0) + s.capacity;
  const placesFound = found.slots.reduce((n, s) => n + s.capacity, 0);
  log(`found ${placesFound} places in ${found.slots.length} slots with ${found.requests} requests`);
  const queries = spreadByTenant(found.queries, plan.availabilityQueries);
  if (queries.length === 0) throw new Error('no availability question answered a day with slots');

  // The slots with the most places are fought over; the rest is shared out evenly between the sides.
  const byCapacity = [...found.slots].sort((a, b) => b.capacity - a.capacity);
  const contendedSlots = byCapacity.slice(0, plan.contended.slots);
  const [httpPool, directPool] = SlotPool.split(
    SlotPool.interleaved(found.slots.filter((s) => !contendedSlots.includes(s))),
  );

  const configs = new Map<string, TenantConfig>();
  for (const tenantId of plan.tenants) {
    const out = await client.send(new GetCommand(getConfigParams(TABLE_NAME, tenantId)));
    if (out.Item) configs.set(tenantId, storedConfigOf(out.Item).config);
  }
  const direct = new DirectDynamo(
    client,
    TABLE_NAME,
    createKeyedHasher(randomBytes(32).toString('hex')),
    configs,
  );
  const serverMeter: TallySource = { reset: () => server.resetTally(), tally: () => server.tally() };
  const directTally: TallySource = { reset: () => directMeter.reset(), tally: () => directMeter.tally() };

  let httpCitizens = 0;
  let directCitizens = 0;
  const httpHeld: HeldBooking[] = [];
  const directHeld: DirectBooking[] = [];
  const httpCreate = async () => {
    const slot = httpPool.take();
    const citizen = citizenOf('http', httpCitizens++);
    const answer = await http.create(slot, citizen);
    if (answer.status === 201 && answer.body.code) httpHeld.push({ citizen, slot, code: answer.body.code });
    return String(answer.status);
  };
  const directCreate = async () => {
    const held = await direct.create(directPool.take(), citizenOf('direct', directCitizens++));
    if (!held) return 'slot_full';
    directHeld.push(held);
    return 'ok';
  };

  log('warming up');
  await runPhase({
    count: plan.warmup.availability,
    concurrency: 1,
    maxMs: 10_000,
    task: async (i) => String((await http.availability(queries[i % queries.length]!)).status),
  });
  await runPhase({
    count: plan.warmup.availability,
    concurrency: 1,
    maxMs: 10_000,
    task: (i) => direct.availability(queries[i % queries.length]!),
  });
  await runPhase({ count: plan.warmup.create, concurrency: 1, maxMs: 10_000, task: httpCreate });
  await runPhase({ count: plan.warmup.create, concurrency: 1, maxMs: 10_000, task: directCreate });
  httpHeld.length = 0;
  directHeld.length = 0;

  const maxMs = phaseClock(plan.budgetMs, plan.phaseMaxMs);
  const operations: OperationResult[] = [];
  const measure = async (
    operation: OperationName,
    counts: { sequential: number; concurrent: number },
    httpTask: (i: number) => Promise<string>,
    directTask: (i: number) => Promise<string>,
  ) => {
    operations.push(
      ...(await measureOperation(
        { http: serverMeter, direct: directTally, maxMs },
        operation,
        counts,
        httpTask,
        directTask,
      )),
    );
  };

  await measure(
    'availability',
    plan.availability,
    async (i) => String((await http.availability(queries[i % queries.length]!)).status),
    (i) => direct.availability(queries[i % queries.length]!),
  );
  await measure('create', plan.create, httpCreate, directCreate);

  // Bookings made above are cancelled or moved: the first ones cancelled (at most half of those made,
  // when a time limit cut the booking phases short), the next ones moved. Each side takes them in order.
  const cancels = plan.cancel.sequential + plan.cancel.concurrent;
  const httpCancelEnd = Math.min(cancels, Math.floor(httpHeld.length / 2));
  const directCancelEnd = Math.min(cancels, Math.floor(directHeld.length / 2));
  let httpNext = 0;
  let directNext = 0;
  await measure(
    'cancel',
    plan.cancel,
    async () => {
      const held = httpNext < httpCancelEnd ? httpHeld[httpNext++] : undefined;
      if (!held) return 'no-booking-left';
      return String((await http.cancel(held)).status);
    },
    async () => {
      const held = directNext < directCancelEnd ? directHeld[directNext++] : undefined;
      return held ? direct.cancel(held) : 'no-booking-left';
    },
  );
  await measure(
    'reschedule',
    plan.reschedule,
    async () => {
      const held = httpHeld[httpNext++];
      const target = held && httpPool.takeNear(held.slot);
      if (!held || !target) return 'no-booking-or-slot-left';
      return String((await http.reschedule(held, target.start)).status);
    },
    async () => {
      const held = directHeld[directNext++];
      const target = held && directPool.takeNear(held.slot);
      return held && target ? direct.reschedule(held, target) : 'no-booking-or-slot-left';
    },
  );

  const contended = await contendForSlots({
    http,
    client,
    tableName: TABLE_NAME,
    slots: contendedSlots,
    citizensPerSlot: plan.contended.citizensPerSlot,
    nextCitizen: () => citizenOf('http', httpCitizens++),
    serverMeter,
    maxMs,
    log,
  });
  const memoryAfter = await server.memory();

  log(`events through the local relay (at most ${plan.relay.maxMs / 1000} s)`);
  const eventRelay = await measureEventRelay({
    client,
    tableName: RELAY_TABLE_NAME,
    configs,
    slots: found.slots,
    plan: plan.relay,
    log,
  });
  log(
    `  ${eventRelay.events} events of ${eventRelay.bookings} bookings, ${eventRelay.eventsPerSecond} events/s`,
  );

  const queue = await benchQueue(dynamo, client, directMeter, configs, operations);

  log('50 windows, the hall-day filled level by level');
  const fillLevels = await measureFillLevels({
    http,
    client,
    tableName: TABLE_NAME,
    serverMeter,
    candidates: found.queries,
    plan: plan.fillLevels,
    log,
  });
  client.destroy();

  log('district and provincial 90-day reports');
  const reportClient = createDocumentClient({ endpoint: dynamo.endpoint });
  const reports = await measureReports({
    client: reportClient,
    meter: meterDynamo(reportClient),
    tableName: REPORT_TABLE_NAME,
    plan: plan.reports,
    end: shanghaiDateOf(new Date()),
    log,
  });
  reportClient.destroy();

  log(`a month of availability for 50 windows, domain only: ${plan.availabilityMonthRounds} rounds`);
  const monthLoad = Math.round(loadavg()[0]! * 100) / 100;
  const availabilityMonth = summariseMonth(
    measureAvailabilityMonth(new Date(), plan.availabilityMonthRounds),
    monthLoad,
  );
  return {
    environment: benchEnvironment(startedAt),
    plan,
    setup: {
      tenantsSeeded: server.seeded,
      slotsFound: found.slots.length,
      placesFound,
      placesByTenant,
      searchRequests: found.requests,
      availabilityQueries: queries.length,
    },
    operations,
    eventRelay,
    queue,
    reports,
    contended,
    serverMemory: { before: memoryBefore, after: memoryAfter },
    durationMs: 0,
    fillLevels,
    capacityBeforeAfter: capacityBeforeAfter(operations),
    availabilityMonth,
    coldStart,
  };
}

/**
 * The kiosk's ticket and call-next: a second bench server on the same table, its clock started inside
 * the hall's opening hours (`openMomentFrom`), since the kiosk refuses tickets after closing. Tickets
 * are issued first (through HTTP and direct), then every one is called; both sides share the queue.
 */
async function benchQueue(
  dynamo: DynamoLocal,
  client: DynamoDBDocumentClient,
  directMeter: DynamoMeter,
  configs: ReadonlyMap<string, TenantConfig>,
  operations: OperationResult[],
): Promise<QueueSetup> {
  const q = plan.queue;
  const config = configs.get(q.tenantId);
  if (!config) throw new Error(`no configuration of ${q.tenantId}`);
  const clockStart = openMomentFrom(config, q.hallId, new Date(), q.openMinutes);
  if (!clockStart) throw new Error(`${q.hallId} opens on no day of the next month`);
  log(`the kiosk and call-next: a bench server whose clock starts at ${toShanghaiIso(clockStart)}`);
  const server = await startBenchServer(dynamo.endpoint, TABLE_NAME, { clockStart });
  try {
    const offset = (await server.now()).getTime() - Date.now();
    const now = () => new Date(Date.now() + offset);
    const scene: QueueScene = {
      tenantId: q.tenantId,
      hallId: q.hallId,
      categoryId: q.categoryId,
      callers: callersOf(config, q.hallId, q.categoryId),
    };
    if (scene.callers.length === 0) throw new Error(`nobody calls ${q.categoryId}`);
    const tokens = new Map<string, string>();
    for (const c of scene.callers) {
      tokens.set(
        c.staffId,
        await server.staffToken({ tenantId: q.tenantId, staffId: c.staffId, roles: ['window'] }),
      );
    }
    const http = new QueueHttp(server.url, scene, tokens);
    const direct = new DirectQueue(client, TABLE_NAME, scene, config, now);
    const caller = (i: number) => scene.callers[i % scene.callers.length]!;
    const sides = {
      http: { reset: () => server.resetTally(), tally: () => server.tally() } satisfies TallySource,
      direct: { reset: () => directMeter.reset(), tally: () => directMeter.tally() } satisfies TallySource,
      maxMs: phaseClock(q.budgetMs, q.phaseMaxMs),
    };
    log('warming up');
    const warm = { count: q.warmup, concurrency: 1, maxMs: 10_000 };
    await runPhase({ ...warm, task: () => http.issue() });
    await runPhase({ ...warm, task: () => direct.issue() });
    await runPhase({ ...warm, task: (i) => http.callNext(caller(i)) });
    await runPhase({ ...warm, task: (i) => direct.callNext(caller(i)) });
    const issued = await measureOperation(
      sides,
      'ticket',
      q.ticket,
      () => http.issue(),
      () => direct.issue(),
    );
    const called = await measureOperation(
      sides,
      'call-next',
      q.callNext,
      (i) => http.callNext(caller(i)),
      (i) => direct.callNext(caller(i)),
    );
    operations.push(...issued, ...called);
    const queue = await client.send(
      new QueryCommand({
        ...queueParams(TABLE_NAME, q.tenantId, q.hallId, shanghaiDateOf(now())),
        Select: 'COUNT',
      }),
    );
    return {
      tenantId: q.tenantId,
      hallId: q.hallId,
      categoryId: q.categoryId,
      windows: new Set(scene.callers.map((c) => c.windowId)).size,
      callers: scene.callers.length,
      clockStart: toShanghaiIso(clockStart),
      ticketsInQueue: queue.Count ?? 0,
    };
  } finally {
    await server.stop();
  }
}

/** Same commands, each within 0.05 calls per request (retries after a conflict may differ a little). */
function sameCallsPerRequest(a: SideResult, b: SideResult): boolean {
  const x = a.dynamo.callsPerRequest;
  const y = b.dynamo.callsPerRequest;
  const commands = new Set([...Object.keys(x), ...Object.keys(y)]);
  return [...commands].every((c) => Math.abs((x[c] ?? 0) - (y[c] ?? 0)) <= 0.05);
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exitCode = 1;
});
