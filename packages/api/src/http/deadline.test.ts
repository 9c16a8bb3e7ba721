import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { deadline } from './deadline.js';
import { onErrorWith } from './on-error.js';

function appWith(handler: () => Promise<Response>) {
  const app = new Hono();
  app.onError(onErrorWith({ info() {}, warn() {}, error() {} }));
  app.use('*', deadline(20));
  app.get('/x', handler);
  return app;
}

describe('deadline', () => {
  it('answers 503 store_unavailable with Retry-After when the handler never answers', async () => {
    const app = appWith(() => new Promise<Response>(() => {}));
    const response = await app.request('/x');
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(await response.json()).toMatchObject({ status: 503, code: 'store_unavailable', instance: '/x' });
  });

  it("passes the handler's answer on when it comes in time", async () => {
    const app = appWith(async () => Response.json({ ok: true }));
    const response = await app.request('/x');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });
});
