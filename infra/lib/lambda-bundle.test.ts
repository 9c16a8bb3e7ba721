import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_FUNCTION_ENV } from '../../functions/fixtures/api-env.js';
import { calendarAnswers } from '../../functions/fixtures/calendar-probe.js';
import { zodAnswers } from '../../functions/fixtures/zod-probe.js';
import { API_ENTRY, bundleLambda, coldOutputs, type LambdaBundle } from './lambda-bundle.js';

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

describe('bundleLambda of the API function', { timeout: 120_000 }, () => {
  const outdir = mkdtempSync(join(tmpdir(), 'openhall-api-bundle-'));
  let bundle: LambdaBundle;

  beforeAll(async () => {
    bundle = await bundleLambda({ entry: API_ENTRY, outdir });
  }, 120_000);

  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('leaves the app (zod, routes, use cases, stores, pages) out of what a cold start reads', () => {
    const cold = coldOutputs(bundle.metafile);
    const inputs = [...cold].flatMap((path) => Object.keys(bundle.metafile.outputs[path]!.inputs));
    const own = inputs.filter((input) => /(^|\/)packages\/[^/]+\/src\//.test(input));
    // Only the leaf modules the entry names: building a problem, the lazy loader, the SDK client,
    // the environment and the phone masking of the log.
    expect(own.map((input) => input.replace(/^.*packages\//, '')).sort()).toEqual([
      'api/src/http/problem-response.ts',
      'app/src/lazily.ts',
      'domain/src/ports/app-log.ts',
      'domain/src/shared/phone-in-text.ts',
      'store/src/table/dynamo-client.ts',
      'store/src/table/env.ts',
    ]);
    expect(
      inputs.filter((input) => /node_modules\/(zod|@hono\/zod-openapi|@asteasolutions)\//.test(input)),
    ).toEqual([]);
  });

  it('reads the app on the first request and answers through it', () => {
    // A request the app answers without the table: its query fails validation.
    const event = {
      version: '2.0',
      routeKey: '$default',
      rawPath: '/v1/tenants/zibo/availability',
      rawQueryString: 'from=yesterday',
      headers: { accept: 'application/json', host: 'api.example' },
      requestContext: {
        http: {
          method: 'GET',
          path: '/v1/tenants/zibo/availability',
          protocol: 'HTTP/1.1',
          sourceIp: '203.0.113.7',
        },
        requestId: 'bundle-test',
        routeKey: '$default',
        stage: '$default',
      },
      isBase64Encoded: false,
    };
    const script = `const { handler } = await import(${JSON.stringify(pathToFileURL(bundle.entryFile).href)});
      const result = await handler(${JSON.stringify(event)});
      process.stdout.write(JSON.stringify(result));`;
    const run = spawnSync(process.execPath, ['--no-warnings', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      cwd: outdir,
      env: { PATH: process.env.PATH, ...API_FUNCTION_ENV },
    });
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as {
      statusCode: number;
      headers: Record<string, string>;
      body: string;
    };
    expect(result.statusCode).toBe(400);
    expect(result.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = JSON.parse(result.body) as { code: string; errors: { path: string }[] };
    expect(body.code).toBe('validation_failed');
    expect(body.errors.length).toBeGreaterThan(0);
  });
});
