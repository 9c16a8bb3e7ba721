import { connect } from 'node:net';
import { createApp } from '@openhall/app';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_HEADER_BYTES, serveLocally } from './local-server.js';

let server: Awaited<ReturnType<typeof serveLocally>>['server'];
let port: number;

beforeAll(async () => {
  // Refused before any dependency is called: the parser and the body limit answer alone.
  const app = createApp({
    configStore: {} as never,
    verifier: {} as never,
    bookingService: {} as never,
    desk: {} as never,
    storeHealth: {} as never,
    nationalScheduleStore: {} as never,
    bookingStore: {} as never,
    reportStore: {} as never,
    phoneVerification: {} as never,
    queueService: {} as never,
    now: () => new Date(),
  });
  ({ server, port } = await serveLocally(app.fetch, { port: 0, hostname: '127.0.0.1' }));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Sends raw bytes over a new socket and resolves with everything the server sent back. */
function exchange(raw: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(raw));
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
}

describe('the local server over a real socket', () => {
  it('answers headers over the limit with a 431 problem+json', async () => {
    const answer = await exchange(
      `GET /healthz HTTP/1.1\r\nhost: localhost\r\nx-padding: ${'a'.repeat(MAX_HEADER_BYTES + 1024)}\r\n\r\n`,
    );
    const [head, body] = answer.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 431 /);
    expect(head).toMatch(/content-type: application\/problem\+json/i);
    expect(JSON.parse(body!)).toMatchObject({ status: 431, code: 'headers_too_large' });
  });

  it('answers a request Node cannot parse with a 400 problem+json', async () => {
    const answer = await exchange('NOT HTTP AT ALL\r\n\r\n');
    const [head, body] = answer.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(body!)).toMatchObject({ status: 400, code: 'malformed_request' });
  });

  it('answers every 1 MiB body on a keep-alive connection with its 413 problem+json', async () => {
    const body = JSON.stringify({ padding: 'x'.repeat(1024 * 1024) });
    const answers: string[] = [];
    for (let i = 0; i < 20; i++) {
      const response = await fetch(`http://127.0.0.1:${port}/v1/tenants/zibo/bookings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': `key-${i}-0000000000` },
        body,
      });
      const problem = (await response.json()) as { code: string };
      answers.push(`${response.status} ${problem.code}`);
    }
    expect(answers).toEqual(answers.map(() => '413 body_too_large'));
  });
});
