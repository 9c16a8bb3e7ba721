import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build, type Metafile, type Plugin } from 'esbuild';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The API function's entry and the name of its handler file in the asset (`index.mjs`). */
export const API_ENTRY = `${repoRoot}functions/api.ts`;

/**
 * CommonJS dependencies bundled into ES modules still expect `require`, `__filename` and `__dirname`,
 * which ES modules do not define. Every output file gets the banner: a chunk of CommonJS code (qrcode
 * and pngjs ask for `zlib` and `fs`) needs it where it lands, not only in the entry.
 */
const ESM_CJS_SHIMS = [
  "import { createRequire as __shimCreateRequire } from 'node:module';",
  "import { fileURLToPath as __shimFileURLToPath } from 'node:url';",
  "import { dirname as __shimDirname } from 'node:path';",
  'const require = __shimCreateRequire(import.meta.url);',
  'const __filename = __shimFileURLToPath(import.meta.url);',
  'const __dirname = __shimDirname(__filename);',
].join(' ');

/**
 * zod's classic API re-exports every message locale (`export * as locales`), and code that uses `z.`
 * as a namespace (ours, and @hono/zod-openapi passing `z` to zod-to-openapi) keeps that namespace
 * whole: 64 locales, about a fifth of the bundle, of which the API answers in one. Their index
 * resolves to a module with English only; `z.locales.en` still works, any other locale is undefined.
 */
export const zodEnglishOnly: Plugin = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /(^|\/)locales\/index\.js$/ }, (args) => {
      if (!/[\\/]zod[\\/]v4[\\/]/.test(args.importer)) return undefined;
      const localesDir = join(dirname(args.importer), dirname(args.path));
      return { path: join(localesDir, 'index.en-only.js'), namespace: 'zod-english-only' };
    });
    b.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({
      contents: 'export { default as en } from "./en.js";',
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

/**
 * Where the function takes the AWS SDK from. `bundle` ships the version the tests ran against, tree
 * shaken and minified into our own files. `runtime` leaves `@aws-sdk/*` to the copy the Node.js 22
 * Lambda runtime carries: the bundle is smaller, but the runtime's SDK is loaded as many unminified
 * CommonJS files, which costs more CPU at a cold start than the bundled SDK (`pnpm bench:cold`
 * measures both), and its version moves with the runtime's patches rather than our lock file.
 */
export type AwsSdkSource = 'bundle' | 'runtime';

export interface LambdaBundleOptions {
  /** TypeScript entry exporting the handler. */
  entry: string;
  /** Emptied, then filled with `index.mjs`, its chunks and their source maps. */
  outdir: string;
  awsSdk?: AwsSdkSource;
  /** Minified with linked source maps (mappings only), as deployed; off for readable profiles. */
  minify?: boolean;
}

export interface LambdaBundle {
  outdir: string;
  /** Path of the handler file, `index.mjs`, inside `outdir`. */
  entryFile: string;
  metafile: Metafile;
}

/** The esbuild options shared by the function and by the bench's reference handler. */
export function lambdaBuildOptions(options: LambdaBundleOptions): BuildOptions {
  const minify = options.minify ?? true;
  return {
    entryPoints: { index: options.entry },
    outdir: options.outdir,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    // Code behind `await import()` (pages, QR codes) goes to chunks that are read only on first use.
    splitting: true,
    outExtension: { '.js': '.mjs' },
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    // Prefer the ESM entry of dual packages: it tree-shakes.
    mainFields: ['module', 'main'],
    banner: { js: ESM_CJS_SHIMS },
    minify,
    sourcemap: minify,
    // Stack traces need the mappings, not the original sources.
    sourcesContent: false,
    external: options.awsSdk === 'runtime' ? ['@aws-sdk/*'] : [],
    tsconfig: `${repoRoot}tsconfig.json`,
    plugins: [zodEnglishOnly],
    metafile: true,
    logLevel: 'warning',
  };
}

/** Bundles a Lambda handler with esbuild's JS API (plugins and code splitting, which CDK's NodejsFunction lacks). */
export async function bundleLambda(options: LambdaBundleOptions): Promise<LambdaBundle> {
  rmSync(options.outdir, { recursive: true, force: true });
  mkdirSync(options.outdir, { recursive: true });
  const { metafile } = await build(lambdaBuildOptions(options));
  if (!metafile) throw new Error('esbuild returned no metafile');
  return { outdir: options.outdir, entryFile: join(options.outdir, 'index.mjs'), metafile };
}
