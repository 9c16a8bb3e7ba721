import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { observe, powertoolsLog, powertoolsMetrics, tenantOfPath } from './observability.js';

function captureStdout(): { lines: () => Record<string, unknown>[]; restore: () => void } {
  const chunks: string[] = [];
  const write = (chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(write);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(write);
  return {
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    restore: () => {
      out.mockRestore();
      err.mockRestore();
    },
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the tenant of a request path', () => {
  it.each([
    ['/v1/tenants/zibo/bookings', 'zibo'],
    ['/v1/tenants/zaozhuang-gxq', 'zaozhuang-gxq'],
    ['/t/boai/book', 'boai'],
    ['/t/chengde-gxq', 'chengde-gxq'],
  ])('%s is about %s', (path, tenant) => {
    expect(tenantOfPath(path)).toBe(tenant);
  });

  it.each([
    '/healthz',
    '/v1/tenants',
    '/v1/platform/national-schedules/2026',
    '/dev/outbox',
    '/v1/tenants/13912345678',
    '/t/13912345678/book',
    '/v1/tenants/ZIBO',
  ])('%s names no tenant a log line may carry', (path) => {
    expect(tenantOfPath(path)).toBeUndefined();
  });
});

describe('Powertools logging', () => {
  it('keeps the correlation id and tenant of one invocation off the next', async () => {
    const logger = new Logger({ serviceName: 'test' });
    const metrics = new Metrics({ namespace: 'Test', serviceName: 'test' });
    const o = { logger, metrics, log: powertoolsLog(logger), counters: powertoolsMetrics(metrics) };
    const capture = captureStdout();

    await observe(o, { correlationId: 'req-1', tenantId: 'zibo' }, undefined, async () => {
      o.log.info('first');
      o.counters.count('BookingsCreated');
    });
    await observe(o, { correlationId: 'req-2', tenantId: undefined }, undefined, async () => {
      o.log.info('second');
    });
    capture.restore();

    const lines = capture.lines();
    expect(lines.find((l) => l.message === 'first')).toMatchObject({
      correlation_id: 'req-1',
      tenantId: 'zibo',
    });
    const second = lines.find((l) => l.message === 'second');
    expect(second).toMatchObject({ correlation_id: 'req-2' });
    expect(second).not.toHaveProperty('tenantId');
    // One EMF document: the first invocation's booking; the second counted nothing and published nothing.
    const emf = lines.filter((l) => '_aws' in l);
    expect(emf).toHaveLength(1);
    expect(emf[0]).toMatchObject({ BookingsCreated: 1, tenantId: 'zibo' });
  });

  it('masks a mobile number in any message or fact that carries one', () => {
    const logger = new Logger({ serviceName: 'test' });
    const capture = captureStdout();
    powertoolsLog(logger).error('send to 13912345678 failed', { detail: 'phone +8613812345678', count: 2 });
    capture.restore();

    const [line] = capture.lines();
    expect(line).toMatchObject({
      message: 'send to 139****5678 failed',
      detail: 'phone 138****5678',
      count: 2,
    });
    expect(JSON.stringify(capture.lines())).not.toMatch(/13912345678|13812345678/);
  });
});
