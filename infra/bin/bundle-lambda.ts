import { type AwsSdkSource, bundleLambda } from '../lib/lambda-bundle.js';

/*
 * `tsx infra/bin/bundle-lambda.ts <entry.ts> <outdir> [bundle|runtime]`: the API function's asset.
 * CDK's local bundling must be synchronous and esbuild plugins need the asynchronous API, so
 * the stack runs this in a child process.
 */
const [entry, outdir, awsSdk = 'bundle'] = process.argv.slice(2);
if (!entry || !outdir || (awsSdk !== 'bundle' && awsSdk !== 'runtime')) {
  console.error('usage: bundle-lambda.ts <entry.ts> <outdir> [bundle|runtime]');
  process.exit(2);
}
const bundle = await bundleLambda({ entry, outdir, awsSdk: awsSdk as AwsSdkSource });
const files = Object.entries(bundle.metafile.outputs).filter(([path]) => !path.endsWith('.map'));
const bytes = files.reduce((n, [, output]) => n + output.bytes, 0);
console.error(
  `bundled ${entry}: ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB of code in ${outdir}`,
);
