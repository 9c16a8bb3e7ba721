import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarAnswers } from '../../functions/fixtures/calendar-probe.js';
import { zodAnswers } from '../../functions/fixtures/zod-probe.js';
import { bundleLambda, type LambdaBundle } from './lambda-bundle.js';

const PROBE = new URL('../../functions/fixtures/calendar-probe.ts', import.meta.url).pathname;
const ZOD_PROBE = new URL('../../functions/fixtures/zod-probe.ts', import.meta.url).pathname;

describe('bundleLambda', { timeout: 60_000 }, () => {
  const outdir = mkdtempSync(join(tmpdir(), 'openhall-bundle-'));
  let bundle: LambdaBundle;

  beforeAll(async () => {
    bundle = await bundleLambda({ entry: PROBE, outdir });
  }, 60_000);

  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('ships chinese-days and its schedule beside the code, to be read on first use', () => {
    expect(existsSync(join(outdir, 'deferred', 'chinese-days.cjs'))).toBe(true);
    expect(existsSync(join(outdir, 'deferred', 'chinese-days__dist__chinese-days.json'))).toBe(true);
    // The package and its schedule (which name their holidays in English too) are in the shipped
    // files, not in the code a cold start compiles.
    expect(readFileSync(bundle.entryFile, 'utf8')).not.toContain('Spring Festival');
  });

  it('answers calendar questions as the sources do', () => {
    const script = `const { calendarAnswers } = await import(${JSON.stringify(pathToFileURL(bundle.entryFile).href)});
      process.stdout.write(JSON.stringify(calendarAnswers()));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(calendarAnswers())));
  });

  it('lists the shipped files among its outputs', () => {
    const outputs = Object.keys(bundle.metafile.outputs).map((path) => path.split('/').slice(-2).join('/'));
    expect(outputs).toEqual(
      expect.arrayContaining(['deferred/chinese-days.cjs', 'deferred/chinese-days__dist__chinese-days.json']),
    );
  });
});

describe('bundleLambda and zod', { timeout: 60_000 }, () => {
  const outdir = mkdtempSync(join(tmpdir(), 'openhall-bundle-zod-'));
  let bundle: LambdaBundle;

  beforeAll(async () => {
    bundle = await bundleLambda({ entry: ZOD_PROBE, outdir });
  }, 60_000);

  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('parses, reports and writes JSON Schema as the sources do, and says what it left out', () => {
    const script = `const { zodAnswers } = await import(${JSON.stringify(pathToFileURL(bundle.entryFile).href)});
      process.stdout.write(JSON.stringify(zodAnswers()));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
    });
    expect(run.status, run.stderr).toBe(0);
    const bundled = JSON.parse(run.stdout) as Record<string, unknown>;
    const sources = JSON.parse(JSON.stringify(zodAnswers())) as Record<string, unknown>;
    // The sources have every part of zod; the bundle the same answers but for the parts left out.
    expect(sources).toMatchObject({ compile: 'called', fromJSONSchema: 'called' });
    expect(bundled).toEqual({ ...sources, compile: 'left out', fromJSONSchema: 'left out' });
  });
});
