import { readFileSync } from 'node:fs';
import { createApp } from '@openhall/app';
import { describe, expect, it } from 'vitest';

/** The API's contract, as published before the packages were reorganised. */
const published = JSON.parse(
  readFileSync(new URL('./fixtures/openapi-document.json', import.meta.url), 'utf8'),
);

describe('the OpenAPI document', () => {
  it('keeps every path, operation and schema it published', async () => {
    // The document is built from the routes alone: no dependency is called to answer it.
    const app = createApp({
      configStore: {} as never,
      nationalScheduleStore: {} as never,
      bookingStore: {} as never,
      reportStore: {} as never,
      verifier: {} as never,
      bookingService: {} as never,
      desk: {} as never,
      storeHealth: {} as never,
      phoneVerification: {} as never,
      queueService: {} as never,
      now: () => new Date(),
    });
    const res = await app.request('/v1/openapi.json');
    expect(res.status).toBe(200);
    const document = await res.json();
    expect(Object.keys(document.paths).sort()).toEqual(Object.keys(published.paths).sort());
    expect(Object.keys(document.components.schemas).sort()).toEqual(
      Object.keys(published.components.schemas).sort(),
    );
    expect(document).toEqual(published);
  });
});
