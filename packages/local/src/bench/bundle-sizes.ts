import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { coldOutputs, entryOutput, staticClosure } from '@openhall/infra/lambda-bundle';

/** The parts of an esbuild metafile the sizes need. */
export interface BundleMetafile {
  outputs: Record<
    string,
    {
      bytes: number;
      entryPoint?: string;
      imports: { path: string; kind: string; external?: boolean }[];
      inputs: Record<string, { bytesInOutput: number }>;
    }
  >;
}

/** A chunk read only when code first asks for it (`await import()`), named after what fills most of it. */
export interface LazyChunk {
  file: string;
  bytes: number;
  holds: string;
}

/** Bytes of JavaScript; source maps are left out throughout. */
export interface BundleSizes {
  /** `index.mjs` alone. */
  entryBytes: number;
  /** The entry and every chunk it imports statically, at any depth: what a cold start reads and compiles. */
  coldBytes: number;
  coldGzipBytes: number;
  coldFiles: number;
  /**
   * The cold part and what the entry itself loads on its first request (its own `await import()`s,
   * with their static imports): the code an instance reads before it answers its first request.
   */
  firstRequestBytes: number;
  /** Every other chunk, read on first use only. */
  lazyBytes: number;
  totalBytes: number;
  totalGzipBytes: number;
  files: number;
  /** Largest first. */
  lazyChunks: LazyChunk[];
}

/** `@scope/name` or `name` of a file under node_modules, `@openhall/x` of a workspace package, else the path. */
export function packageOf(input: string): string {
  const inModules = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/);
  if (inModules) return inModules[1]!;
  const workspace = input.match(/(?:^|\/)packages\/([^/]+)\/src\//);
  if (workspace) return `@openhall/${workspace[1]}`;
  return input.replace(/^(\.\.\/)+/, '');
}

/** The package that put the most bytes in an output. */
function mainPackage(inputs: Record<string, { bytesInOutput: number }>): string {
  const byPackage = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(inputs)) {
    const name = packageOf(input);
    byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
  }
  return [...byPackage].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'nothing';
}

/**
 * Sizes of a bundle from its metafile, whose paths are relative to `workingDir`. The cold part
 * follows static `import` statements from the entry; dynamic imports start lazy chunks.
 * `read` gives a file's contents, for the gzipped sizes.
 */
export function bundleSizes(
  metafile: BundleMetafile,
  workingDir: string,
  read: (path: string) => Buffer,
): BundleSizes {
  const code = Object.entries(metafile.outputs).filter(([path]) => !path.endsWith('.map'));
  const entry = entryOutput(metafile);
  const cold = coldOutputs(metafile);
  // The first request also reads what the entry itself imports on demand, with their static imports.
  const onDemand = (metafile.outputs[entry]?.imports ?? [])
    .filter((imported) => imported.kind === 'dynamic-import' && !imported.external)
    .map((imported) => imported.path);
  const firstRequest = new Set([...cold, ...staticClosure(metafile, onDemand)]);
  const gzip = (paths: string[]) =>
    paths.reduce((n, path) => n + gzipSync(read(resolve(workingDir, path)), { level: 9 }).length, 0);
  const bytes = (paths: string[]) => paths.reduce((n, path) => n + metafile.outputs[path]!.bytes, 0);
  const all = code.map(([path]) => path);
  const coldPaths = all.filter((path) => cold.has(path));
  const lazyPaths = all.filter((path) => !cold.has(path));
  return {
    entryBytes: metafile.outputs[entry]!.bytes,
    coldBytes: bytes(coldPaths),
    coldGzipBytes: gzip(coldPaths),
    coldFiles: coldPaths.length,
    firstRequestBytes: bytes(all.filter((path) => firstRequest.has(path))),
    lazyBytes: bytes(lazyPaths),
    totalBytes: bytes(all),
    totalGzipBytes: gzip(all),
    files: all.length,
    lazyChunks: lazyPaths
      .map((path) => ({
        file: path.split('/').pop()!,
        bytes: metafile.outputs[path]!.bytes,
        holds: mainPackage(metafile.outputs[path]!.inputs),
      }))
      .sort((a, b) => b.bytes - a.bytes),
  };
}
