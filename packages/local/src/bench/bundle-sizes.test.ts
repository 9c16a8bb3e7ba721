import { describe, expect, it } from 'vitest';
import { type BundleMetafile, bundleSizes, packageOf } from './bundle-sizes.js';

const output = (
  bytes: number,
  imports: [string, string][],
  inputs: Record<string, number>,
  entryPoint?: string,
): BundleMetafile['outputs'][string] => ({
  bytes,
  ...(entryPoint ? { entryPoint } : {}),
  imports: imports.map(([path, kind]) => ({ path, kind })),
  inputs: Object.fromEntries(Object.entries(inputs).map(([k, n]) => [k, { bytesInOutput: n }])),
});

const metafile: BundleMetafile = {
  outputs: {
    'out/index.mjs': output(
      100,
      [
        ['out/chunk-a.mjs', 'import-statement'],
        ['out/pages.mjs', 'dynamic-import'],
        ['node:fs', 'import-statement'],
      ],
      { 'functions/api.ts': 100 },
      'functions/api.ts',
    ),
    'out/index.mjs.map': output(999, [], {}),
    'out/chunk-a.mjs': output(40, [['out/chunk-c.mjs', 'import-statement']], {
      'node_modules/zod/v4/a.js': 40,
    }),
    'out/chunk-c.mjs': output(10, [], { 'node_modules/.pnpm/hono@4/node_modules/hono/dist/x.js': 10 }),
    'out/pages.mjs': output(
      60,
      [['out/chunk-a.mjs', 'import-statement']],
      { 'packages/web/src/a.tsx': 50, 'node_modules/@scope/pkg/b.js': 10 },
      'packages/web/src/index.ts',
    ),
    'out/deferred/data.json': output(30, [], {
      'node_modules/.pnpm/x@1/node_modules/chinese-days/d.json': 30,
    }),
  },
};

describe('bundleSizes', () => {
  const sizes = bundleSizes(metafile, '/', (path) => Buffer.from('x'.repeat(path.length)));

  it('counts the entry and its static imports, at any depth, as what a cold start reads', () => {
    expect(sizes.entryBytes).toBe(100);
    expect(sizes.coldBytes).toBe(150);
    expect(sizes.coldFiles).toBe(3);
  });

  it("adds the entry's own dynamic imports and their static imports for the first request", () => {
    expect(sizes.firstRequestBytes).toBe(210);
  });

  it('counts everything else as lazy, source maps nowhere', () => {
    expect(sizes.lazyBytes).toBe(90);
    expect(sizes.totalBytes).toBe(240);
    expect(sizes.files).toBe(5);
    expect(sizes.lazyChunks).toEqual([
      { file: 'pages.mjs', bytes: 60, holds: '@openhall/web' },
      { file: 'data.json', bytes: 30, holds: 'chinese-days' },
    ]);
  });

  it('gzips the files it counts', () => {
    expect(sizes.coldGzipBytes).toBeGreaterThan(0);
    expect(sizes.totalGzipBytes).toBeGreaterThan(sizes.coldGzipBytes);
  });
});

describe('packageOf', () => {
  it.each([
    ['node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/core.js', 'zod'],
    ['../node_modules/.pnpm/@aws-sdk+core@3/node_modules/@aws-sdk/core/dist-es/x.js', '@aws-sdk/core'],
    ['packages/domain/src/calendar/x.ts', '@openhall/domain'],
    ['../../functions/api.ts', 'functions/api.ts'],
  ])('names %s as %s', (input, name) => {
    expect(packageOf(input)).toBe(name);
  });
});
