import type { ConfigStore } from '@openhall/domain';
import { describe, expect, it } from 'vitest';
import { type AppDeps, createApp } from './create-app.js';

/** No tenant exists and nothing else is called: enough to see which app answers a path. */
function emptyDeps(): AppDeps {
  const configStore: ConfigStore = {
    listTenants: async () => [],
    getConfig: async () => undefined,
    saveConfig: async () => {
      throw new Error('not in this test');
    },
    listAudit: async () => [],
  };
  const unused = () => {
    throw new Error('not in this test');
  };
  return {
    configStore,
    verifier: { verify: unused },
    bookingService: new Proxy({}, { get: () => unused }) as AppDeps['bookingService'],
    desk: new Proxy({}, { get: () => unused }) as AppDeps['desk'],
    storeHealth: { check: async () => {} },
    phoneVerification: new Proxy({}, { get: () => unused }) as AppDeps['phoneVerification'],
    queueService: new Proxy({}, { get: () => unused }) as AppDeps['queueService'],
    bookingStore: new Proxy({}, { get: () => unused }) as AppDeps['bookingStore'],
    reportStore: new Proxy({}, { get: () => unused }) as AppDeps['reportStore'],
    nationalScheduleStore: {
      publishedSchedules: async () => new Map(),
      getSchedule: async () => undefined,
      saveSchedule: unused,
      listAudit: async () => [],
    } as unknown as AppDeps['nationalScheduleStore'],
    now: () => new Date('2026-03-02T09:00:00+08:00'),
  };
}

describe('createApp', () => {
  it('answers the API before the pages have been loaded', async () => {
    const response = await createApp(emptyDeps()).request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it.each([
    ['GET', '/t/nowhere'],
    ['GET', '/t/nowhere/book'],
    ['POST', '/t/nowhere/my-booking'],
  ])('lets the pages answer %s %s, with their own HTML not-found page', async (method, path) => {
    const app = createApp(emptyDeps());
    const body = method === 'POST' ? new URLSearchParams({ code: 'X' }) : undefined;
    const response = await app.request(path, { method, ...(body ? { body } : {}) });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it.each(['/t', '/t/'])('keeps %s for the API, which has nothing there', async (path) => {
    const response = await createApp(emptyDeps()).request(path);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('answers page requests that arrive together while the pages are still loading', async () => {
    const app = createApp(emptyDeps());
    const answers = await Promise.all(['/t/a', '/t/b', '/t/c', '/healthz'].map((path) => app.request(path)));
    expect(answers.map((r) => r.status)).toEqual([404, 404, 404, 200]);
  });
});
