import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { API_ENTRY, type AwsSdkSource, bundleLambda, type LambdaBundle } from '@openhall/infra/lambda-bundle';
import { benchEnvironment } from './bench-environment.js';
import { type BundleSizes, bundleSizes } from './bundle-sizes.js';
import { percentile } from './percentile.js';

const run = promisify(execFile);

/** Under the repository's node_modules, so a bundle that leaves out the SDK finds it there, as on Lambda. */
const WORK_DIR = new URL('../../../../node_modules/.cache/openhall-cold-start/', import.meta.url).pathname;
const REFERENCE_ENTRY = new URL('./cold-start-reference.ts', import.meta.url).pathname;
const REPO_ROOT = new URL('../../../../', import.meta.url).pathname;
/** Workspace packages whose dependencies the runtime's SDK packages are looked up in. */
const SDK_HOLDERS = ['functions', 'packages/store', 'packages/notify', 'packages/app', 'packages/api', '.'];

/**
 * With the runtime's SDK, the bundle imports `@aws-sdk/*` packages as Lambda would from its own
 * copy, which has all of them. Here each package the bundle names is linked into a `node_modules`
 * beside it from the workspace package that depends on it (pnpm keeps each package's dependencies
 * to itself, so the repository root alone does not have them all).
 */
function linkRuntimeSdk(bundle: LambdaBundle): void {
  const names = new Set<string>();
  for (const output of Object.values(bundle.metafile.outputs)) {
    for (const imported of output.imports) {
      const name = imported.external ? imported.path.match(/^@aws-sdk\/[^/]+/)?.[0] : undefined;
      if (name) names.add(name);
    }
  }
  for (const name of names) {
    const target = join(bundle.outdir, 'node_modules', name);
    if (existsSync(target)) continue;
    const holder = SDK_HOLDERS.map((dir) => join(REPO_ROOT, dir, 'node_modules', name)).find(existsSync);
    if (!holder) throw new Error(`cold start: no workspace package depends on ${name}`);
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(holder, target, 'dir');
  }
}

/** What the handler reads at start-up; nothing is called. */
const FUNCTION_ENV = {
  TABLE_NAME: 'openhall-cold-start',
  COGNITO_ISSUER: 'https://cognito-idp.cn-north-1.amazonaws.com.cn/cn-north-1_Example1',
  COGNITO_AUDIENCE: 'example-client-id',
  COGNITO_DOMAIN: 'https://openhall-example.auth.cn-north-1.amazoncognito.com',
  PHONE_HASH_SECRET: 'an-example-secret-of-at-least-32-characters',
  AWS_REGION: 'cn-north-1',
};

/**
 * Runs in each fresh process: the CPU time (user + system) of importing the bundle, start-up code
 * included, then of answering one first request as Lambda would pass it (everything the function
 * reads on its first request included).
 */
const IMPORT_SCRIPT = `const ms = (u) => (u.user + u.system) / 1000;
const before = process.cpuUsage();
const { handler } = await import(process.env.BUNDLE_URL);
const importMs = ms(process.cpuUsage(before));
const result = await handler(JSON.parse(process.env.FIRST_EVENT));
const firstRequestMs = ms(process.cpuUsage(before));
process.stdout.write(JSON.stringify({ importMs, firstRequestMs, status: result.statusCode }));`;

/** An API Gateway HTTP API (payload 2.0) GET, as the function receives it. */
function getEvent(path: string, query: string) {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: query,
    headers: { accept: 'application/json', host: 'api.example' },
    requestContext: {
      http: { method: 'GET', path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.7' },
      requestId: 'cold-start-bench',
      routeKey: '$default',
      stage: '$default',
    },
    isBase64Encoded: false,
  };
}

/**
 * The first request of each bundle, answered without the table so that only code is measured: the
 * API gets an availability request whose query fails validation (400), which reads the whole JSON
 * API as any API request does; the reference answers its health check (200).
 */
const FIRST_REQUEST = {
  api: { event: getEvent('/v1/tenants/zibo/availability', 'from=yesterday'), status: 400 },
  reference: { event: getEvent('/healthz', ''), status: 200 },
} as const;

export interface ImportCpu {
  processes: number;
  minMs: number;
  medianMs: number;
  /** Every process's figure, in the order they ran. */
  samplesMs: number[];
}

export interface ColdStartSide {
  sizes: BundleSizes;
  importCpu: ImportCpu;
  /** Import and the first request together (see FIRST_REQUEST). */
  firstRequestCpu: ImportCpu;
}

/** The API and the reference, both built with the AWS SDK from one source. */
export interface ColdStartVariant {
  awsSdk: AwsSdkSource;
  api: ColdStartSide;
  reference: ColdStartSide;
  /** API over reference. */
  ratio: {
    coldBytes: number;
    minCpu: number;
    medianCpu: number;
    firstRequestBytes: number;
    firstRequestMinCpu: number;
    firstRequestMedianCpu: number;
  };
}

export interface ColdStartResult {
  environment: ReturnType<typeof benchEnvironment>;
  /** What the deployed function runs with, first. */
  variants: ColdStartVariant[];
  /** The deployed API bundle again, under `node --enable-source-maps`. */
  apiWithSourceMaps: ImportCpu;
}

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : Number.NaN);

function summarise(samplesMs: number[]): ImportCpu {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    processes: samplesMs.length,
    minMs: round(sorted[0] ?? Number.NaN),
    medianMs: round(percentile(sorted, 50)),
    samplesMs: samplesMs.map(round),
  };
}

interface ProcessCpu {
  importMs: number;
  firstRequestMs: number;
}

/** One fresh Node.js process importing the bundle and answering its first request; its own start-up is not counted. */
async function importCpuMs(importRun: ImportRun): Promise<ProcessCpu> {
  const { bundle, flags, first } = importRun;
  const { stdout } = await run(
    process.execPath,
    [...flags, '--no-warnings', '--input-type=module', '-e', IMPORT_SCRIPT],
    {
      env: {
        PATH: process.env.PATH,
        ...FUNCTION_ENV,
        BUNDLE_URL: pathToFileURL(bundle.entryFile).href,
        FIRST_EVENT: JSON.stringify(first.event),
      },
      cwd: bundle.outdir,
    },
  );
  const figures = JSON.parse(stdout.trim()) as ProcessCpu & { status: number };
  if (!Number.isFinite(figures.importMs) || !Number.isFinite(figures.firstRequestMs))
    throw new Error(`cold start: no CPU figure from ${bundle.entryFile}: ${stdout}`);
  // A first request that failed otherwise (a 503 of a chunk that could not load) measures nothing.
  if (figures.status !== first.status)
    throw new Error(`cold start: ${bundle.entryFile} answered ${figures.status}, not ${first.status}`);
  return figures;
}

interface ImportRun {
  bundle: LambdaBundle;
  flags: readonly string[];
  first: (typeof FIRST_REQUEST)[keyof typeof FIRST_REQUEST];
}

/**
 * Each bundle in `processes` fresh processes, one process at a time, taking turns so that whatever
 * else the machine does weighs on all of them alike.
 */
async function measureImports(
  runs: ImportRun[],
  processes: number,
): Promise<{ importCpu: ImportCpu; firstRequestCpu: ImportCpu }[]> {
  const samples = runs.map(() => [] as ProcessCpu[]);
  for (let i = 0; i < processes; i++) {
    for (const [index, importRun] of runs.entries()) samples[index]!.push(await importCpuMs(importRun));
  }
  return samples.map((figures) => ({
    importCpu: summarise(figures.map((f) => f.importMs)),
    firstRequestCpu: summarise(figures.map((f) => f.firstRequestMs)),
  }));
}

function sizesOf(bundle: LambdaBundle): BundleSizes {
  return bundleSizes(bundle.metafile, process.cwd(), (path) => readFileSync(path));
}

/**
 * Bundle sizes and the CPU time of a cold import, for the API function and the bare reference
 * (a Hono app and a DocumentClient), built with the same esbuild settings: with the AWS SDK bundled,
 * as deployed, and with the SDK left to the runtime's copy, for comparison.
 */
export async function measureColdStart(options: {
  processes: number;
  log: (line: string) => void;
}): Promise<ColdStartResult> {
  const environment = benchEnvironment(new Date());
  mkdirSync(WORK_DIR, { recursive: true });
  const build = async (name: string, entry: string, awsSdk: AwsSdkSource) => {
    const bundle = await bundleLambda({ entry, outdir: `${WORK_DIR}${name}-${awsSdk}`, awsSdk });
    if (awsSdk === 'runtime') linkRuntimeSdk(bundle);
    return bundle;
  };
  const sources: AwsSdkSource[] = ['bundle', 'runtime'];
  const bundles = await Promise.all(
    sources.map(async (awsSdk) => ({
      awsSdk,
      api: await build('api', API_ENTRY, awsSdk),
      reference: await build('reference', REFERENCE_ENTRY, awsSdk),
    })),
  );
  const deployed = bundles[0]!.api;
  options.log(`cold start: importing each bundle in ${options.processes} fresh processes`);
  const cpu = await measureImports(
    [
      ...bundles.flatMap(({ api, reference }) => [
        { bundle: api, flags: [], first: FIRST_REQUEST.api },
        { bundle: reference, flags: [], first: FIRST_REQUEST.reference },
      ]),
      { bundle: deployed, flags: ['--enable-source-maps'], first: FIRST_REQUEST.api },
    ],
    options.processes,
  );
  const variants = bundles.map(({ awsSdk, api, reference }, i): ColdStartVariant => {
    const apiSide = { sizes: sizesOf(api), ...cpu[2 * i]! };
    const referenceSide = { sizes: sizesOf(reference), ...cpu[2 * i + 1]! };
    return {
      awsSdk,
      api: apiSide,
      reference: referenceSide,
      ratio: {
        coldBytes: ratio(apiSide.sizes.coldBytes, referenceSide.sizes.coldBytes),
        minCpu: ratio(apiSide.importCpu.minMs, referenceSide.importCpu.minMs),
        medianCpu: ratio(apiSide.importCpu.medianMs, referenceSide.importCpu.medianMs),
        firstRequestBytes: ratio(apiSide.sizes.firstRequestBytes, referenceSide.sizes.firstRequestBytes),
        firstRequestMinCpu: ratio(apiSide.firstRequestCpu.minMs, referenceSide.firstRequestCpu.minMs),
        firstRequestMedianCpu: ratio(
          apiSide.firstRequestCpu.medianMs,
          referenceSide.firstRequestCpu.medianMs,
        ),
      },
    };
  });
  return { environment, variants, apiWithSourceMaps: cpu[cpu.length - 1]!.importCpu };
}
