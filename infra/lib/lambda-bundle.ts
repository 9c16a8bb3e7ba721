import { copyFileSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative } from 'node:path';
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
 * Parts of zod reached only through the `z` namespace that neither the API nor its OpenAPI document
 * calls: `z.compile` (29 KiB) and `z.fromJSONSchema` (12 KiB), both kept whole by the namespace
 * like the locales. Each resolves to a stand-in with the same exports that throws when called, so a
 * future use fails loudly in the tests of the bundle rather than quietly.
 */
export const zodUnusedParts: Plugin = {
  name: 'zod-unused-parts',
  setup(b) {
    const stubs: Record<string, string> = {
      'core/compile.js': [
        'const left = (name) => () => { throw new Error("zod " + name + " is left out of the Lambda bundle"); };',
        'export const INVALID = Symbol.for("zod.compile.invalid");',
        'export class ZodCompileAsyncError extends Error {}',
        'export class ZodCompileUnsupportedError extends Error {}',
        'export const compile = left("compile");',
        'export const withParser = left("withParser");',
        'export const compileFn = left("compileFn");',
      ].join('\n'),
      'classic/from-json-schema.js': [
        'export const fromJSONSchema = () => { throw new Error("zod fromJSONSchema is left out of the Lambda bundle"); };',
      ].join('\n'),
    };
    b.onResolve({ filter: /^\.\/(compile|from-json-schema)\.js$/ }, (args) => {
      const match = args.importer.match(/[\\/]zod[\\/]v4[\\/]((core|classic)[\\/][^\\/]+)$/);
      if (!match) return undefined;
      const folder = match[2];
      const key = `${folder}/${args.path.slice(2)}`;
      // Only where the namespace re-exports them: core/index.js and classic/external.js.
      if (!(key in stubs) || !/(index|external)\.js$/.test(match[1]!)) return undefined;
      return { path: key, namespace: 'zod-unused-parts' };
    });
    b.onLoad({ filter: /.*/, namespace: 'zod-unused-parts' }, (args) => ({
      contents: stubs[args.path],
      loader: 'js',
    }));
  },
};

/** Folder of the function's asset that holds the files `deferredCommonJs` ships. */
const DEFERRED_DIR = 'deferred';

/**
 * Self-contained CommonJS or JSON modules that the function reads at their first use rather than at
 * start-up, though the code importing them stays synchronous. An import of one of these specifiers
 * from our own code gets a stand-in whose default export reads through to the real module; the
 * module's file is shipped beside the bundle as it is in node_modules (`main`, as Node.js resolves it
 * for the tests) and loaded with `require` by the first read. Importers must read the default
 * export's properties when they need them, not destructure it at load.
 */
export function deferredCommonJs(specifiers: readonly string[]): Plugin {
  const wanted = new Set(specifiers);
  const shipped = new Map<string, string>();
  return {
    name: 'deferred-commonjs',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (!wanted.has(args.path) || args.kind !== 'import-statement') return undefined;
        if (/[\\/]node_modules[\\/]/.test(args.importer)) return undefined;
        const source = createRequire(args.importer).resolve(args.path);
        const extension = extname(source) === '.json' ? '.json' : '.cjs';
        const name = `${args.path.replace(/\.(c?js|json)$/, '').replaceAll('/', '__')}${extension}`;
        shipped.set(name, source);
        return { path: name, namespace: 'deferred-commonjs' };
      });
      b.onResolve({ filter: new RegExp(`^\\./${DEFERRED_DIR}/`) }, (args) =>
        args.namespace === 'deferred-commonjs' ? { path: args.path, external: true } : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: 'deferred-commonjs' }, (args) => ({
        // `require` is the banner's, made for the file this lands in: every output file sits in the
        // asset's root, beside the folder of shipped modules.
        contents: [
          'let loaded;',
          `const load = () => (loaded ??= require(${JSON.stringify(`./${DEFERRED_DIR}/${args.path}`)}));`,
          'export default new Proxy({}, { get: (_, key) => load()[key] });',
        ].join('\n'),
        loader: 'js',
      }));
      b.onEnd((result) => {
        const outdir = b.initialOptions.outdir;
        const outputs = result.metafile?.outputs;
        if (result.errors.length > 0 || !outdir || !outputs) return;
        mkdirSync(join(outdir, DEFERRED_DIR), { recursive: true });
        const workingDir = b.initialOptions.absWorkingDir ?? process.cwd();
        for (const [name, source] of shipped) {
          const target = join(outdir, DEFERRED_DIR, name);
          copyFileSync(source, target);
          // Listed with the other outputs, so the sizes count it as a file read on first use.
          const bytes = statSync(target).size;
          outputs[relative(workingDir, target)] = {
            bytes,
            inputs: { [relative(workingDir, source)]: { bytesInOutput: bytes } },
            imports: [],
            exports: [],
          };
        }
      });
    },
  };
}

/**
 * chinese-days builds holiday tables of its own when its module runs (the domain does not read
 * them: it has the JSON schedule), and its schedule is a large object literal: both wait for the
 * calendar's first question. See packages/domain/src/calendar/chinese-days.ts.
 */
const DEFERRED_MODULES = ['chinese-days', 'chinese-days/dist/chinese-days.json'];

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

/** The function's esbuild options; the bench builds its reference handler with the same. */
function lambdaBuildOptions(options: LambdaBundleOptions): BuildOptions {
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
    // One folder: the chunks, and the modules that deferredCommonJs ships, are found beside any file.
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    // Prefer the ESM entry of dual packages: it tree-shakes.
    mainFields: ['module', 'main'],
    banner: { js: ESM_CJS_SHIMS },
    minify,
    sourcemap: minify,
    // Stack traces need the mappings, not the original sources.
    sourcesContent: false,
    external: options.awsSdk === 'runtime' ? ['@aws-sdk/*'] : [],
    tsconfig: `${repoRoot}tsconfig.json`,
    plugins: [zodEnglishOnly, zodUnusedParts, deferredCommonJs(DEFERRED_MODULES)],
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

type OutputGraph = {
  outputs: Record<
    string,
    { entryPoint?: string; imports: readonly { path: string; kind: string; external?: boolean }[] }
  >;
};

/** `starts` and every output file they import statically, at any depth. */
export function staticClosure(metafile: OutputGraph, starts: readonly string[]): Set<string> {
  const reached = new Set<string>();
  const pending = [...starts];
  while (pending.length > 0) {
    const path = pending.pop()!;
    if (reached.has(path)) continue;
    reached.add(path);
    for (const imported of metafile.outputs[path]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) pending.push(imported.path);
    }
  }
  return reached;
}

/** The path of the bundle's `index.mjs` among its outputs. */
export function entryOutput(metafile: OutputGraph): string {
  const entry = Object.entries(metafile.outputs).find(
    ([path, output]) => output.entryPoint && /(^|\/)index\.m?js$/.test(path),
  );
  if (!entry) throw new Error('no index.mjs entry in the metafile');
  return entry[0];
}

/**
 * The output files a cold start reads: the entry and every file it imports statically, at any
 * depth. Files reached only through `await import()` are read when code first asks for them.
 */
export function coldOutputs(metafile: OutputGraph): Set<string> {
  return staticClosure(metafile, [entryOutput(metafile)]);
}
