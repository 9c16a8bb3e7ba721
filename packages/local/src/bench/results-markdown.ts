import type { AvailabilityMonthResult } from './availability-month-result.js';
import type { BenchResults, OperationResult, QueueSetup } from './bench-results.js';
import type { CapacityComparison } from './capacity-before.js';
import type { ColdStartResult, ColdStartSide, ImportCpu } from './cold-start.js';
import type { EventRelayResult } from './event-relay-bench.js';
import type { FillLevelsResult } from './fill-levels.js';
import type { SideResult } from './measure-side.js';
import type { ReportBenchResult, ReportReads } from './report-bench.js';

const fmt = (n: number, places = 1) => (Number.isFinite(n) ? n.toFixed(places) : '–');

const outcomes = (side: SideResult) =>
  Object.entries(side.outcomes)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, n]) => `${status}×${n}`)
    .join(' ');

/** e.g. `GetItem 1 (2.48 CU), Query 1 (0.5 CU)`: calls per request and the capacity they consumed. */
const calls = (side: SideResult) =>
  Object.entries(side.dynamo.callsPerRequest)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([command, n]) =>
        `${command} ${n} (${fmt(side.dynamo.capacityUnitsPerRequestByCommand[command] ?? 0, 2)} CU)`,
    )
    .join(', ');

/** A phase the deadline cut short is marked †: it sent fewer requests than planned. */
function label(o: OperationResult): string {
  const cut = o.http.stoppedBy === 'time' || o.direct.stoppedBy === 'time' ? ' †' : '';
  return `${o.operation} (${o.phase === 'sequential' ? 'seq' : `×${o.concurrency}`})${cut}`;
}

/** A Markdown table with its columns padded, as the workspace formatter writes them. */
export function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(3, h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${widths.map((w, i) => (cells[i] ?? '').padEnd(w)).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const LATENCY_HEAD = [
  'operation',
  'requests',
  'req/s',
  'p50 ms',
  'p95 ms',
  'p99 ms',
  'max ms',
  'answers',
  'direct req/s',
  'direct p50 ms',
  'direct answers',
  'p50 ratio',
  'req/s ratio',
];

const latencyRow = (o: OperationResult) => [
  label(o),
  String(o.http.count),
  fmt(o.http.throughputPerSecond),
  fmt(o.http.p50Ms, 2),
  fmt(o.http.p95Ms, 2),
  fmt(o.http.p99Ms, 2),
  fmt(o.http.maxMs, 2),
  outcomes(o.http),
  fmt(o.direct.throughputPerSecond),
  fmt(o.direct.p50Ms, 2),
  outcomes(o.direct),
  `${fmt(o.ratio.p50, 2)}×`,
  `${fmt(o.ratio.throughput, 2)}×`,
];

const DYNAMO_HEAD = [
  'operation',
  'DynamoDB calls per request (API)',
  'items read per request (API)',
  'capacity units per request (API)',
  'calls per request (direct)',
  'capacity units (direct)',
  'same calls',
];

const dynamoRow = (o: OperationResult) => [
  label(o),
  calls(o.http),
  fmt(o.http.dynamo.itemsReadPerRequest, 1),
  fmt(o.http.dynamo.capacityUnitsPerRequest, 2),
  calls(o.direct),
  fmt(o.direct.dynamo.capacityUnitsPerRequest, 2),
  o.sameCalls ? 'yes' : '**no**',
];

const CONTENDED_HEAD = [
  'slots',
  'citizens per slot',
  'places per slot',
  '201 per slot',
  'counter after',
  'answers',
  'p50 ms',
  'p99 ms',
  'DynamoDB calls per request',
  'capacity units per request',
  'oversold',
];

const kib = (bytes: number) => fmt(bytes / 1024, 0);

const SDK_LABEL = { bundle: 'bundled', runtime: "the runtime's" } as const;

const COLD_HEAD = [
  'bundle',
  'AWS SDK',
  'cold KiB',
  'cold gzip KiB',
  'cold files',
  'lazy KiB',
  'total KiB',
  'total gzip KiB',
  'import CPU min ms',
  'import CPU median ms',
  'first-request KiB',
  'import + first request CPU min ms',
  'import + first request CPU median ms',
];

const coldRow = (name: string, sdk: string, side: ColdStartSide) => [
  name,
  sdk,
  kib(side.sizes.coldBytes),
  kib(side.sizes.coldGzipBytes),
  String(side.sizes.coldFiles),
  kib(side.sizes.lazyBytes),
  kib(side.sizes.totalBytes),
  kib(side.sizes.totalGzipBytes),
  fmt(side.importCpu.minMs),
  fmt(side.importCpu.medianMs),
  kib(side.sizes.firstRequestBytes),
  fmt(side.firstRequestCpu.minMs),
  fmt(side.firstRequestCpu.medianMs),
];

const cpuOnlyRow = (name: string, sdk: string, cpu: ImportCpu) => [
  name,
  sdk,
  '',
  '',
  '',
  '',
  '',
  '',
  fmt(cpu.minMs),
  fmt(cpu.medianMs),
  '',
  '',
  '',
];

/** The cold-start section: `pnpm bench` writes it with the rest, `pnpm bench:cold` alone. */
export function coldStartMarkdown(c: ColdStartResult): string {
  const env = c.environment;
  const deployed = c.variants[0]!;
  const processes = deployed.api.importCpu.processes;
  const rows = c.variants.flatMap((v) => [
    coldRow(`API${v === deployed ? ' (deployed)' : ''}`, SDK_LABEL[v.awsSdk], v.api),
    coldRow('reference', SDK_LABEL[v.awsSdk], v.reference),
    [
      'API ÷ reference',
      SDK_LABEL[v.awsSdk],
      `${fmt(v.ratio.coldBytes, 2)}×`,
      '',
      '',
      '',
      '',
      '',
      `${fmt(v.ratio.minCpu, 2)}×`,
      `${fmt(v.ratio.medianCpu, 2)}×`,
      `${fmt(v.ratio.firstRequestBytes, 2)}×`,
      `${fmt(v.ratio.firstRequestMinCpu, 2)}×`,
      `${fmt(v.ratio.firstRequestMedianCpu, 2)}×`,
    ],
  ]);
  rows.push(cpuOnlyRow('API, `--enable-source-maps`', SDK_LABEL[deployed.awsSdk], c.apiWithSourceMaps));
  const lazy = deployed.api.sizes.lazyChunks.slice(0, 10).map((l) => [l.file, l.holds, kib(l.bytes)]);
  return [
    '## Cold start of the Lambda bundle',
    '',
    `Measured on ${env.date}: Node ${env.node} (${env.platform}/${env.arch}), ${env.cores} × ${env.cpuModel}, ` +
      `load average ${env.loadAverage} at the start. The bundles are built as the stack builds functions/api.ts ` +
      '(esbuild, ESM chunks, minified); the reference is a bare Hono app and DocumentClient built with the same ' +
      `settings. Each bundle is imported in ${processes} fresh \`node\` processes, the bundles taking turns; the ` +
      "figure is the process's CPU time (user + system) across `await import(bundle)`, start-up code included, " +
      "Node's own boot not. **Cold** is the entry and every chunk it imports statically, which any request on a " +
      'cold start reads and compiles; **lazy** chunks are read when code first asks for them. With the ' +
      "runtime's SDK, the bundles import it from node_modules, as Lambda would from its own copy. " +
      'The API reads its app (routes, zod schemas, use cases, stores) on its first request, so the same process ' +
      'then answers one request as Lambda passes it, without the table: for the API an availability request ' +
      'whose query fails validation (400), which reads the whole JSON API as any API request does; for the ' +
      'reference its health check. **First-request KiB** is the cold part and what the entry loads for that ' +
      'request; **import + first request** is the CPU time from the import to the answer.',
    '',
    table(COLD_HEAD, rows),
    '',
    'Largest lazy chunks of the deployed API bundle:',
    '',
    table(['chunk', 'mostly', 'KiB'], lazy),
    '',
  ].join('\n');
}

const sideCells = (side: SideResult) => [
  `${fmt(side.p50Ms, 2)} / ${fmt(side.p99Ms, 2)}`,
  fmt(side.dynamo.itemsReadPerRequest, 1),
  fmt(side.dynamo.capacityUnitsPerRequest, 2),
  outcomes(side),
];

/** 50 windows, 0 / 100 / 1,000 bookings: one row per level, availability beside booking. */
export function fillLevelsMarkdown(f: FillLevelsResult): string {
  const rows = f.levels.map((l) => [
    `${l.otherBookings} (${l.ownAtOtherTimes} own)`,
    ...sideCells(l.availability),
    ...sideCells(l.create),
  ]);
  const yes = (b: boolean) => (b ? 'yes' : '**no**');
  return [
    `## ${f.windows} windows, the hall-day filled with ${f.levels.map((l) => l.otherBookings).join(' / ')} bookings`,
    '',
    `A matter served by ${f.windows} windows of ${f.hallId} (${f.tenantId}), configured through the store and ` +
      `seen by the server through the configuration head; its day ${f.date}. Beside each of its windows a window of ` +
      'another matter whose id sorts right after it. Before the first level, one booking on each of its windows at ' +
      `the slot booked (${f.slot.slice(11, 16)}) and at each other time the fill uses (${f.baseBookings} bookings), ` +
      "so all the counters it reads exist at every level. Each level adds bookings written by the store's own " +
      "transaction: every third on the matter's own windows at those other times, the rest on the neighbouring " +
      'windows all day. Then, one request at a time through HTTP: availability of the matter on the day, and a ' +
      `booking at ${f.slot.slice(11, 16)}. Items are what DynamoDB read (a Query's scanned items), counted by the ` +
      "server's meter; ms are p50 / p99.",
    '',
    table(
      [
        'bookings added (own)',
        'availability ms',
        'items',
        'CU',
        'answers',
        'booking ms',
        'items',
        'CU',
        'answers',
      ],
      rows,
    ),
    '',
    `Items and capacity the same at every level (within 1 %): availability ${yes(f.flat.availability)}, ` +
      `booking ${yes(f.flat.create)}.`,
    '',
  ].join('\n');
}

/** Capacity units per request before (commit 530f7cb) and in this run. */
export function capacityBeforeAfterMarkdown(rows: readonly CapacityComparison[]): string {
  const name = (r: CapacityComparison) =>
    `${r.operation === 'create' ? 'book' : 'availability'} (${r.phase === 'sequential' ? 'seq' : '×8'})`;
  return [
    '## Capacity units per request, before and after',
    '',
    'Before: the figures `pnpm bench` recorded at commit 530f7cb (2026-11-22), with the configuration read whole ' +
      "on every request and the place counters of the hall-day in one Query. After: this run's same seeded " +
      'scenario. "config" is the GetItem capacity: the whole configuration before, its head (and the whole ' +
      'item when it moved) after.',
    '',
    table(
      ['operation', 'CU before', 'of which config', 'CU after', 'of which config', 'after ÷ before'],
      rows.map((r) => [
        name(r),
        fmt(r.before.total, 2),
        fmt(r.before.config, 2),
        fmt(r.after.total, 2),
        fmt(r.after.config, 2),
        `${fmt(r.after.total / r.before.total, 2)}×`,
      ]),
    ),
    '',
  ].join('\n');
}

/** A month of availability for a 50-window hall, domain only. */
export function availabilityMonthMarkdown(m: AvailabilityMonthResult): string {
  return [
    '## A month of availability for a 50-window hall, domain time',
    '',
    `\`availabilityOf\` for ${m.days} days in a row, for a matter served by ${m.windows} windows (Zaozhuang's hall), ` +
      'with nothing taken: what the API computes after its reads, in the bench process, without HTTP or DynamoDB. ' +
      `${m.rounds} rounds after one to warm up; load average ${m.loadAverage} when they ran. Target: under 2 ms.`,
    '',
    table(
      ['days', 'windows', 'rounds', 'min ms per month', 'median ms per month'],
      [[String(m.days), String(m.windows), String(m.rounds), fmt(m.minMs, 3), fmt(m.medianMs, 3)]],
    ),
    '',
  ].join('\n');
}

/** Events per second through the relay, and the Scheduler calls each booking event cost. */
export function eventRelayMarkdown(r: EventRelayResult): string {
  const cut = r.stoppedBy === 'time' ? ' †' : '';
  const answers = Object.entries(r.schedulerAnswers)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([answer, n]) => `${answer} ×${n}`)
    .join(', ');
  return [
    '## Events through the local relay',
    '',
    `${r.made} bookings made on slots the availability API offered, ${r.cancelled} of them then cancelled and ` +
      `${r.moved} moved, by the store's own transactions on a table of their own (each writes its event to the ` +
      'outbox in the same transaction); their outbox then drained by ' +
      'the local relay (`EventRelay`, as `pnpm start` runs it) to the real consumers on DynamoDB Local: the ' +
      "reminders' and lateness schedules, and the report counters. A counting adapter on the consumers' " +
      '`Scheduler` port counts every call (in AWS each is one CreateSchedule or DeleteSchedule request to ' +
      'EventBridge Scheduler). † the relay stopped at its time limit with events still pending.',
    '',
    table(
      ['events relayed', 'failed', 'ms', 'events/s'],
      [[`${r.events}${cut}`, String(r.failed), String(r.durationMs), `**${fmt(r.eventsPerSecond)}**`]],
    ),
    '',
    table(
      [
        'event',
        'events',
        'CreateSchedule per event',
        'DeleteSchedule per event',
        'Scheduler calls per event',
      ],
      r.scheduleCalls.map((c) => [
        c.type,
        String(c.events),
        fmt(c.createPerEvent, 2),
        fmt(c.deletePerEvent, 2),
        fmt(c.callsPerEvent, 2),
      ]),
    ),
    '',
    `Answers: ${answers || 'none'}. A booking made schedules the reminders still ahead of it and its ` +
      "lateness check; a move deletes the old start's schedules and makes the new start's; a cancellation " +
      'deletes them. A schedule deleted after it fired is answered ResourceNotFound (`delete:absent`) and is a ' +
      'request all the same.',
    '',
  ].join('\n');
}

const readsCells = (r: ReportReads) => [
  String(r.itemsReadByDynamo),
  fmt(r.capacityUnits, 1),
  Object.entries(r.calls)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([command, n]) => `${command} ${n}`)
    .join(', '),
  `${fmt(r.latency.p50Ms, 1)} / ${fmt(r.latency.p95Ms, 1)}`,
  String(r.bookingsCounted),
];

/** District and provincial 90-day reports at each volume, side by side, and the counters' write cost. */
export function reportsMarkdown(r: ReportBenchResult): string {
  const yes = (b: boolean) => (b ? 'yes' : '**no**');
  const w = r.writeCost;
  const rows = r.volumes.flatMap((v) => [
    [
      `district, ${v.bookings.toLocaleString('en')} bookings`,
      String(v.districtItems),
      ...readsCells(v.district),
    ],
    [
      `province (${v.provinceDistricts} districts), ${v.bookings.toLocaleString('en')} bookings`,
      String(v.provinceItems),
      ...readsCells(v.province),
    ],
  ]);
  const runs = r.volumes[0]?.district.runs ?? 0;
  return [
    `## District and provincial ${r.days}-day reports, ${r.volumes.map((v) => v.bookings.toLocaleString('en')).join(' and ')} bookings`,
    '',
    `Each volume of bookings (made, called, accepted, completed, rated: 5 events each) over the ${r.days} days ` +
      `to ${r.end}, generated directly into the counter items the events' consumer leaves (each kind of booking ` +
      "counted through the product's `eventCounts`, multiplied by how many there are, spread over the shards), " +
      'on a table of their own in DynamoDB Local. The district report has the whole volume behind it; the ' +
      "province's districts share it. Each report read " +
      `${runs} times through the use cases and the store; items are what DynamoDB read per report (a Query's ` +
      'scanned items, counted by the meter), capacity its read units, ms p50 / p95. "bookings counted" is what ' +
      'the report says: it must equal the volume.',
    '',
    table(
      [
        'report',
        'counter items behind it',
        'items read',
        'read units',
        'calls per report',
        'ms p50 / p95',
        'bookings counted',
      ],
      rows,
    ),
    '',
    `Items read the same at every volume (within 1 %): district ${yes(r.flat.district)}, province ${yes(r.flat.province)}.`,
    '',
    `Counter write cost, measured on ${w.bookings} bookings' events counted one at a time through the store's ` +
      `own transaction (the counted marker and every counter item of the event): ${fmt(w.eventsPerBooking, 0)} ` +
      `events and ${fmt(w.transactionsPerBooking, 0)} transactions per booking, ${fmt(w.itemsPerBooking, 0)} items, ` +
      `**${fmt(w.pricedUnitsPerBooking, 0)} write units per booking** by DynamoDB's pricing (2 per item up to ` +
      `1 KB written in a transaction; the counter items are far below 1 KB). DynamoDB Local reported ` +
      `${fmt(w.capacityUnitsPerBooking, 0)} for the same transactions.`,
    '',
  ].join('\n');
}

/** The kiosk's ticket and call-next: the setup, and that reading the queue is one Query. */
export function queueMarkdown(q: QueueSetup, operations: readonly OperationResult[]): string {
  const rows = operations
    .filter((o) => o.operation === 'ticket' || o.operation === 'call-next')
    .map((o) => [
      label(o),
      String(o.http.count),
      fmt(o.http.throughputPerSecond),
      `${fmt(o.http.p50Ms, 2)} / ${fmt(o.http.p99Ms, 2)}`,
      fmt(o.direct.throughputPerSecond),
      fmt(o.direct.p50Ms, 2),
      fmt(o.http.dynamo.callsPerRequest.Query ?? 0, 2),
      fmt(o.http.dynamo.itemsReadPerRequest, 1),
      fmt(o.http.dynamo.callsPerRequest.TransactWriteItems ?? 0, 2),
      fmt(o.http.dynamo.capacityUnitsPerRequest, 2),
      outcomes(o.http),
    ]);
  return [
    "## The kiosk's ticket and a window's call-next",
    '',
    `On ${q.hallId} (${q.tenantId}), category ${q.categoryId} (${q.windows} windows): a second bench server on the ` +
      `same table, its clock started at ${q.clockStart}, inside the hall's opening hours (the kiosk refuses ` +
      'tickets after closing, and the rule stays). Tickets are issued first (`POST …/halls/{hall}/tickets`, ' +
      "public), then called (`POST …/windows/{window}/call-next` with the window member's bearer token); `×8` is " +
      `eight of the category's ${q.callers} window members pressing at once, taking turns. Both sides share one ` +
      `queue: ${q.ticketsInQueue} tickets in the hall-day at the end. Reading the queue is one Query of the ` +
      "hall-day's partition (more only past 1 MB); a call is that Query and one transaction over the version " +
      'read, and a second one when another window took the same ticket first. The ticket answer reads the ' +
      'queue once more, for the position and the wait.',
    '',
    table(
      [
        'operation',
        'requests',
        'req/s',
        'ms p50 / p99',
        'direct req/s',
        'direct p50 ms',
        'Query per request',
        'items read',
        'transactions per request',
        'CU',
        'answers',
      ],
      rows,
    ),
    '',
  ].join('\n');
}

/** The results as the Markdown page committed beside `results.json`. */
export function resultsMarkdown(r: BenchResults): string {
  const env = r.environment;
  const c = r.contended;
  const m = r.serverMemory;
  const places = Object.entries(r.setup.placesByTenant)
    .map(([tenant, n]) => `${tenant} ${n}`)
    .join(', ');
  return [
    '# Benchmark results',
    '',
    `Generated by \`pnpm bench\` on ${env.date}: Node ${env.node} (${env.platform}/${env.arch}), ` +
      `${env.cores} × ${env.cpuModel}, ${env.memoryGiB} GiB, load average ${env.loadAverage} at the start; ` +
      `the run took ${fmt(r.durationMs / 1000)} s. ` +
      'The API runs in its own process on 127.0.0.1 over DynamoDB Local (in memory); "direct" sends the same ' +
      'DynamoDB requests with the SDK from the bench process. ' +
      `Places found through the availability API: ${r.setup.placesFound} in ${r.setup.slotsFound} slots (${places}).`,
    '',
    '## Latency and throughput (API through HTTP, beside DynamoDB direct)',
    '',
    '`seq`: one request at a time; `×8`: eight in flight. Answers are HTTP statuses (API) or `ok` (direct). ' +
      'Ratios are API over direct: a p50 ratio of 1.5× means the API takes half as long again as its DynamoDB ' +
      'requests alone; a req/s ratio of 0.6× means it serves 60 % of their rate. † a phase cut short by its time limit.',
    '',
    table(LATENCY_HEAD, r.operations.map(latencyRow)),
    '',
    '## DynamoDB calls and consumed capacity per operation',
    '',
    'Capacity units as DynamoDB Local reports them with `ReturnConsumedCapacity: TOTAL` (a cancelled transaction reports none).',
    '',
    table(DYNAMO_HEAD, r.operations.map(dynamoRow)),
    '',
    '## One slot, many citizens at once',
    '',
    table(CONTENDED_HEAD, [
      [
        String(c.slots),
        String(c.citizensPerSlot),
        c.capacityPerSlot.join(' '),
        c.bookedPerSlot.join(' '),
        c.counterPerSlot.join(' '),
        outcomes(c.http),
        fmt(c.http.p50Ms, 2),
        fmt(c.http.p99Ms, 2),
        calls(c.http),
        fmt(c.http.dynamo.capacityUnitsPerRequest, 2),
        c.oversold ? '**yes**' : 'no',
      ],
    ]),
    '',
    ...(r.queue ? [queueMarkdown(r.queue, r.operations)] : []),
    ...(r.eventRelay ? [eventRelayMarkdown(r.eventRelay)] : []),
    ...(r.fillLevels ? [fillLevelsMarkdown(r.fillLevels)] : []),
    ...(r.reports ? [reportsMarkdown(r.reports)] : []),
    ...(r.capacityBeforeAfter ? [capacityBeforeAfterMarkdown(r.capacityBeforeAfter)] : []),
    ...(r.availabilityMonth ? [availabilityMonthMarkdown(r.availabilityMonth)] : []),
    '## Server process memory',
    '',
    table(
      ['', 'RSS MiB', 'heap used MiB'],
      [
        ['before the run', fmt(m.before.rssMiB), fmt(m.before.heapUsedMiB)],
        ['after the run', fmt(m.after.rssMiB), fmt(m.after.heapUsedMiB)],
      ],
    ),
    '',
    ...(r.coldStart ? [coldStartMarkdown(r.coldStart)] : []),
  ].join('\n');
}
