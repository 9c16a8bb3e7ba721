import { describe, expect, it } from 'vitest';
import { createApi } from '../create-api.js';

/** The reference is drawn from the routes alone: no dependency is called to answer it. */
const api = createApi({
  configStore: {} as never,
  verifier: {} as never,
  bookingService: {} as never,
  desk: {} as never,
  nationalScheduleStore: {} as never,
  bookingStore: {} as never,
  reportStore: {} as never,
  storeHealth: {} as never,
  phoneVerification: {} as never,
  queueService: {} as never,
  now: () => new Date(),
});

async function docsPage(): Promise<string> {
  const response = await api.request('/v1/docs');
  expect(response.status).toBe(200);
  return response.text();
}

describe('GET /v1/docs', () => {
  it("shows each operation's parameters, request and response schemas", async () => {
    const html = await docsPage();

    expect(html).toContain('<code>POST /v1/tenants/{tenantId}/bookings</code>');
    // A header parameter of that operation, its request body schema and a response linked to its schema.
    expect(html).toContain('<code>Idempotency-Key</code> (required)');
    expect(html).toContain('<a href="#schema-CreateBookingRequest">CreateBookingRequest</a>');
    expect(html).toContain('<a href="#schema-BookingView">BookingView</a>');
    expect(html).toContain('<div id="schema-Applicant"><h3>Applicant</h3>');
    expect(html).toContain('<code>phone</code> (required)');
  });

  it('shows the examples the schemas carry', async () => {
    const html = await docsPage();
    expect(html).toMatch(
      /<summary>Example<\/summary><pre>\{\n {2}&quot;name&quot;: &quot;李明&quot;,\n {2}&quot;phone&quot;: &quot;13812345678&quot;/,
    );
  });

  it('says how to get a token, locally and in AWS, and loads nothing from another host', async () => {
    const html = await docsPage();
    expect(html).toContain('pnpm -s token --tenant zibo --role district-admin');
    expect(html).toContain('Cognito');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});
