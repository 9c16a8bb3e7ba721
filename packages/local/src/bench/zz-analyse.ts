import { API_ENTRY, bundleLambda } from '@openhall/infra/lambda-bundle';
import { packageOf } from './bundle-sizes.js';

const b = await bundleLambda({ entry: process.argv[2] ?? API_ENTRY, outdir: '/tmp/cold/out' });
const outs = b.metafile.outputs;
const entry = Object.keys(outs).find((k) => k.endsWith('index.mjs'))!;
const cold = new Set<string>();
const stack = [entry];
while (stack.length) {
  const f = stack.pop()!;
  if (cold.has(f)) continue;
  cold.add(f);
  for (const i of outs[f]!.imports) if (i.kind === 'import-statement' && !i.external) stack.push(i.path);
}
const byPkg = new Map<string, number>();
const byFile = new Map<string, number>();
let total = 0;
for (const f of cold) {
  total += outs[f]!.bytes;
  for (const [inp, { bytesInOutput }] of Object.entries(outs[f]!.inputs)) {
    const p = packageOf(inp);
    byPkg.set(p, (byPkg.get(p) ?? 0) + bytesInOutput);
    if (
      p.startsWith('@openhall') ||
      p.startsWith('zod') ||
      p.startsWith('@hono') ||
      p.startsWith('@asteasolutions')
    )
      byFile.set(inp, bytesInOutput);
  }
}
console.log('cold KiB', (total / 1024).toFixed(0), 'files', cold.size);
for (const [p, n] of [...byPkg].sort((a, b) => b[1] - a[1]).slice(0, 30))
  console.log((n / 1024).toFixed(1).padStart(7), p);
console.log('--- largest own/zod files');
for (const [p, n] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 60))
  console.log((n / 1024).toFixed(1).padStart(7), p);
