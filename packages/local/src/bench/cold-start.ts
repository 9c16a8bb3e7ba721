import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
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

/** What the handler reads at start-up; nothing is called. */
const FUNCTION_ENV = {
  TABLE_NAME: 'openhall-cold-start',
  COGNITO_ISSUER: 'https://cognito-idp.cn-north-1.amazonaws.com.cn/cn-north-1_Example1',
  COGNITO_AUDIENCE: 'example-client-id',
  COGNITO_DOMAIN: 'https://login.example',
  PHONE_HASH_SECRET: 'an-example-secret-of-at-least-32-characters',
  AWS_REGION: 'cn-north-1',
};

/** Runs in each fresh process: the CPU time (user + system) of importing the bundle, start-up code included. */
const IMPORT_SCRIPT = `const before = process.cpuUsage();
await import(process.env.BUNDLE_URL);
const used = process.cpuUsage(before);
process.stdout.write(String((used.user + used.system) / 1000));`;

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
}

/** The API and the reference, both built with the AWS SDK from one source. */
export interface ColdStartVariant {
  awsSdk: AwsSdkSource;
  api: ColdStartSide;
  reference: ColdStartSide;
  /** API over reference. */
  ratio: { coldBytes: number; minCpu: number; medianCpu: number };
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

/** One fresh Node.js process importing the bundle; its own start-up is not counted. */
async function importCpuMs(bundle: LambdaBundle, nodeFlags: readonly string[]): Promise<number> {
  const { stdout } = await run(
    process.execPath,
    [...nodeFlags, '--no-warnings', '--input-type=module', '-e', IMPORT_SCRIPT],
    {
      env: { PATH: process.env.PATH, ...FUNCTION_ENV, BUNDLE_URL: pathToFileURL(bundle.entryFile).href },
      cwd: bundle.outdir,
    },
  );
  const ms = Number(stdout.trim());
  if (!Number.isFinite(ms)) throw new Error(`cold start: no CPU figure from ${bundle.entryFile}: ${stdout}`);
  return ms;
}

/**
 * Each bundle in `processes` fresh processes, one process at a time, taking turns so that whatever
 * else the machine does weighs on all of them alike.
 */
async function measureImports(
  runs: { bundle: LambdaBundle; flags: readonly string[] }[],
  processes: number,
): Promise<ImportCpu[]> {
  const samples = runs.map(() => [] as number[]);
  for (let i = 0; i < processes; i++) {
    for (const [index, { bundle, flags }] of runs.entries())
      samples[index]!.push(await importCpuMs(bundle, flags));
  }
  return samples.map(summarise);
}

const REPO_ROOT = new URL('../../../../', import.meta.url).pathname;

/**
 * The AWS SDK packages a runtime-SDK bundle leaves to the runtime (Lambda has them all), linked into
 * its node_modules from the workspace package that depends on each: pnpm hoists only the root's own
 * dependencies, so a package only a workspace package names (e.g. @aws-sdk/util-dynamodb) is not
 * found from the repository's node_modules as it would be on Lambda.
 */
function linkRuntimeSdk(bundle: LambdaBundle): void {
  const names = new Set<string>();
  for (const output of Object.values(bundle.metafile.outputs)) {
    for (const i of output.imports) {
      const m = /^(@aws-sdk\/[^/]+)/.exec(i.path);
      if (i.external && m) names.add(m[1]!);
    }
  }
  const manifests = [
    join(REPO_ROOT, 'package.json'),
    ...readdirSync(join(REPO_ROOT, 'packages')).map((p) => join(REPO_ROOT, 'packages', p, 'package.json')),
  ].filter((p) => existsSync(p));
  for (const name of names) {
    const link = join(bundle.outdir, 'node_modules', name);
    if (existsSync(link)) continue;
    for (const manifest of manifests) {
      let dir: string;
      try {
        dir = dirname(createRequire(manifest).resolve(`${name}/package.json`));
      } catch {
        continue;
      }
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(dir, link, 'dir');
      break;
    }
  }
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
  const build = (name: string, entry: string, awsSdk: AwsSdkSource) =>
    bundleLambda({ entry, outdir: `${WORK_DIR}${name}-${awsSdk}`, awsSdk });
  const sources: AwsSdkSource[] = ['bundle', 'runtime'];
  const bundles = await Promise.all(
    sources.map(async (awsSdk) => ({
      awsSdk,
      api: await build('api', API_ENTRY, awsSdk),
      reference: await build('reference', REFERENCE_ENTRY, awsSdk),
    })),
  );
  for (const b of bundles)
    if (b.awsSdk === 'runtime') for (const x of [b.api, b.reference]) linkRuntimeSdk(x);
  const deployed = bundles[0]!.api;
  options.log(`cold start: importing each bundle in ${options.processes} fresh processes`);
  const cpu = await measureImports(
    [
      ...bundles.flatMap(({ api, reference }) => [
        { bundle: api, flags: [] },
        { bundle: reference, flags: [] },
      ]),
      { bundle: deployed, flags: ['--enable-source-maps'] },
    ],
    options.processes,
  );
  const variants = bundles.map(({ awsSdk, api, reference }, i): ColdStartVariant => {
    const apiSide = { sizes: sizesOf(api), importCpu: cpu[2 * i]! };
    const referenceSide = { sizes: sizesOf(reference), importCpu: cpu[2 * i + 1]! };
    return {
      awsSdk,
      api: apiSide,
      reference: referenceSide,
      ratio: {
        coldBytes: ratio(apiSide.sizes.coldBytes, referenceSide.sizes.coldBytes),
        minCpu: ratio(apiSide.importCpu.minMs, referenceSide.importCpu.minMs),
        medianCpu: ratio(apiSide.importCpu.medianMs, referenceSide.importCpu.medianMs),
      },
    };
  });
  return { environment, variants, apiWithSourceMaps: cpu[cpu.length - 1]! };
}
