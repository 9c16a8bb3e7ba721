import { readFileSync } from 'node:fs';
import type { APIGatewayProxyResult, LambdaEvent } from 'hono/aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { API_FUNCTION_ENV } from './fixtures/api-env.js';

/**
 * The cold entry reads the app on its first request. A failed read answers 503 problem+json and is
 * not remembered: the next request reads the app again.
 */
let failNext = true;
vi.mock('./api-app.js', () => ({
  createApiApp: () => {
    if (failNext) {
      failNext = false;
      throw new Error('the chunk could not be read');
    }
    return { fetch: () => Response.json({ ok: true, loaded: 'app' }) };
  },
}));

const event = JSON.parse(
  readFileSync(new URL('./fixtures/get-healthz.json', import.meta.url), 'utf8'),
) as LambdaEvent;
let handler: (event: LambdaEvent) => Promise<APIGatewayProxyResult>;

beforeAll(async () => {
  for (const [name, value] of Object.entries(API_FUNCTION_ENV)) vi.stubEnv(name, value);
  ({ handler } = await import('./api.js'));
});

afterAll(() => {
  vi.unstubAllEnvs();
});

describe('the cold entry', () => {
  it('answers 503 problem+json when the app cannot be read, then reads it on the next request', async () => {
    const failed = await handler(event);
    expect(failed.statusCode).toBe(503);
    expect(failed.headers?.['content-type']).toMatch(/^application\/problem\+json/);
    expect(failed.headers?.['retry-after']).toBe('1');
    expect(JSON.parse(failed.body)).toMatchObject({ status: 503, code: 'api_unavailable' });

    const next = await handler(event);
    expect(next.statusCode).toBe(200);
    expect(JSON.parse(next.body)).toEqual({ ok: true, loaded: 'app' });
  });
});
