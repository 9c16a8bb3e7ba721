import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { BENCH_PLAN } from './bench-plan.js';
import type { BenchResults } from './bench-results.js';
import { measureColdStart } from './cold-start.js';
import { coldStartMarkdown, resultsMarkdown } from './results-markdown.js';

/*
 * `pnpm bench:cold`: the cold-start section of `pnpm bench` alone (no DynamoDB Local). It replaces
 * that section in bench/results.json and bench/RESULTS.md and keeps the rest as the last full run left it.
 */

const RESULTS_DIR = fileURLToPath(new URL('../../../../bench/', import.meta.url));
const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const coldStart = await measureColdStart({ processes: BENCH_PLAN.coldStart.processes, log });
  const resultsFile = `${RESULTS_DIR}results.json`;
  const previous = existsSync(resultsFile)
    ? (JSON.parse(await readFile(resultsFile, 'utf8')) as Partial<BenchResults>)
    : {};
  const results = { ...previous, coldStart };
  const full = results.operations !== undefined;
  const markdown = full
    ? resultsMarkdown(results as BenchResults)
    : ['# Benchmark results', '', coldStartMarkdown(coldStart)].join('\n');
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(`${RESULTS_DIR}RESULTS.md`, markdown);
  log('');
  log(coldStartMarkdown(coldStart));
  log('Written: bench/results.json, bench/RESULTS.md');
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exitCode = 1;
});
